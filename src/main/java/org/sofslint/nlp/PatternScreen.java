package org.sofslint.nlp;

import com.google.re2j.RequiredLiterals;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which patterns can match a sentence: each pattern's required strings
 * ({@link RequiredLiterals}) are found in one pass over the sentence, folded as they are
 * (case, and whitespace runs as one space), by Aho-Corasick, so the cost of screening does not
 * grow with the number of patterns, and a pattern runs only where it may match: the pattern
 * rules (RE2J) and the statement features' expressions ({@link ScreenedPattern}). A pattern is a
 * candidate when, for one of its branches, a string of each of the branch's sets is there.
 * Patterns that require no fixed text always run. Each pattern is known by a slot number given
 * when it is added. The automaton is kept in flat arrays, so the build can write the built-in
 * patterns' screen into the jar and a cold run reads it instead of building 60,000 states.
 * Immutable.
 */
public final class PatternScreen {
  /** Outgoing edges of state s are {@code edgeChars/edgeTargets[edgeStart[s] .. edgeStart[s + 1])}, sorted by character. */
  private final int[] edgeStart;
  private final char[] edgeChars;
  private final int[] edgeTargets;
  private final int[] fallback;
  /**
   * The groups one of whose strings ends at state s, fallbacks included:
   * {@code foundGroups[foundStart[s] .. foundStart[s + 1])}.
   */
  private final int[] foundStart;
  private final int[] foundGroups;
  /** Branch b needs groups {@code [branchStart[b] .. branchStart[b + 1])}, each of its sets a group. */
  private final int[] branchStart;
  private final int[] branchSlot;
  /** The branch each group belongs to. */
  private final int[] groupBranch;
  private final BitSet alwaysRun;
  /**
   * Every state up to {@value #DENSE_DEPTH} characters deep has a full row of targets, one per
   * character class, fallbacks worked in: 93% of the steps through the built-in patterns' screen
   * start from such a state (72% at 3 deep, 89% at 5), and each would otherwise search its
   * edges, and its fallbacks' in turn. The rows take 0.75 MB there. States are numbered breadth
   * first ({@link Builder#build}), so these are states {@code 0 .. denseCount - 1}, and state s's
   * row is {@code denseTargets[s * classCount ..]}. A target with groups found at it is kept as
   * its complement (negative), so a step to a state that finds nothing reads no more.
   */
  private static final int DENSE_DEPTH = 6;
  private final int denseCount;
  private final int[] denseTargets;
  /** Class of each ASCII character: 0 for a character on no edge, else 1 + its rank among the edge characters. */
  private final int[] asciiClass = new int[128];
  /** The edge characters beyond ASCII, sorted; {@code otherChars[i]}'s class is {@code otherClasses[i]}. */
  private final char[] otherChars;
  private final int[] otherClasses;
  private final int classCount;
  /** A character's code: its class, with {@link #SPACE_FLAG} set for a space. */
  private static final int SPACE_FLAG = 1 << 30;
  private static final int CLASS_BITS = SPACE_FLAG - 1;
  /** The code of each ASCII character once folded. */
  private final int[] asciiCode = new int[128];

  private PatternScreen(int[] edgeStart, char[] edgeChars, int[] edgeTargets, int[] fallback, int[] foundStart,
      int[] foundGroups, int[] branchStart, int[] branchSlot, BitSet alwaysRun) {
    this.edgeStart = edgeStart;
    this.edgeChars = edgeChars;
    this.edgeTargets = edgeTargets;
    this.fallback = fallback;
    this.foundStart = foundStart;
    this.foundGroups = foundGroups;
    this.branchStart = branchStart;
    this.branchSlot = branchSlot;
    this.alwaysRun = alwaysRun;
    this.groupBranch = new int[branchStart[branchSlot.length]];
    for (int branch = 0; branch < branchSlot.length; branch++) {
      java.util.Arrays.fill(groupBranch, branchStart[branch], branchStart[branch + 1], branch);
    }
    char[] distinct = distinctChars(edgeChars);
    this.classCount = distinct.length + 1;
    int others = 0;
    for (char c : distinct) {
      others += c < 128 ? 0 : 1;
    }
    this.otherChars = new char[others];
    this.otherClasses = new int[others];
    for (int k = 0, other = 0; k < distinct.length; k++) {
      if (distinct[k] < 128) {
        asciiClass[distinct[k]] = k + 1;
      } else {
        otherChars[other] = distinct[k];
        otherClasses[other++] = k + 1;
      }
    }
    for (char c = 0; c < asciiCode.length; c++) {
      asciiCode[c] = codeOf(RequiredLiterals.fold(c));
    }
    this.denseCount = shallowCount(edgeStart, edgeTargets);
    this.denseTargets = new int[denseCount * classCount];
    for (int state = 0; state < denseCount; state++) {
      // A fallback is a shorter string, so its row is already made: start from it, then this state's own edges.
      if (state != 0) {
        System.arraycopy(denseTargets, fallback[state] * classCount, denseTargets, state * classCount, classCount);
      }
      for (int e = edgeStart[state]; e < edgeStart[state + 1]; e++) {
        int target = edgeTargets[e];
        denseTargets[state * classCount + classOf(edgeChars[e])] = findsGroups(target) ? ~target : target;
      }
    }
  }

  private boolean findsGroups(int state) {
    return foundStart[state] != foundStart[state + 1];
  }

  private static char[] distinctChars(char[] chars) {
    char[] sorted = chars.clone();
    java.util.Arrays.sort(sorted);
    int count = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[count++] = sorted[i];
      }
    }
    return java.util.Arrays.copyOf(sorted, count);
  }

  /**
   * How many states are up to {@link #DENSE_DEPTH} characters deep: with states numbered breadth
   * first, each level's states follow the level before.
   */
  private static int shallowCount(int[] edgeStart, int[] edgeTargets) {
    int levelStart = 0;
    int levelEnd = 1;
    for (int depth = 0; depth < DENSE_DEPTH; depth++) {
      int next = levelEnd;
      for (int state = levelStart; state < levelEnd; state++) {
        for (int e = edgeStart[state]; e < edgeStart[state + 1]; e++) {
          if (edgeTargets[e] != next++) {
            throw new IllegalArgumentException("the screen's states are not numbered breadth first");
          }
        }
      }
      levelStart = levelEnd;
      levelEnd = next;
    }
    return levelEnd;
  }

  /** Adds patterns one by one, each under its slot. Mutable until built. */
  public static final class Builder {
    private final List<Map<Character, Integer>> edges = new ArrayList<>(List.of(new HashMap<>()));
    private final List<BitSet> ends = new ArrayList<>(List.of(new BitSet()));
    private final List<Integer> branchStart = new ArrayList<>(List.of(0));
    private final List<Integer> branchSlot = new ArrayList<>();
    private int groups;
    private final BitSet alwaysRun = new BitSet();

    public Builder add(int slot, com.google.re2j.Pattern pattern) {
      return add(slot, RequiredLiterals.of(pattern));
    }

    /** Adds a pattern under {@code slot} by what its matches contain; none known: it always runs. */
    public Builder add(int slot, Optional<List<RequiredLiterals.Branch>> branches) {
      if (branches.isEmpty()) {
        alwaysRun.set(slot);
        return this;
      }
      for (RequiredLiterals.Branch branch : branches.get()) {
        for (Set<String> strings : branch.sets()) {
          for (String literal : strings) {
            ends.get(stateOf(literal)).set(groups);
          }
          groups++;
        }
        branchSlot.add(slot);
        branchStart.add(groups);
      }
      return this;
    }

    /** The automaton's state for {@code literal}, made on the way if new. */
    private int stateOf(String literal) {
      int state = 0;
      for (char c : literal.toCharArray()) {
        Integer next = edges.get(state).get(c);
        if (next == null) {
          next = edges.size();
          edges.get(state).put(c, next);
          edges.add(new HashMap<>());
          ends.add(new BitSet());
        }
        state = next;
      }
      return state;
    }

    /**
     * The automaton, its states numbered breadth first from the root, each state's edges in the
     * order of their characters: the states that get full rows of targets are then the first
     * ones, and the screen needs no table to find a state's row.
     */
    public PatternScreen build() {
      int states = edges.size();
      List<List<Map.Entry<Character, Integer>>> sortedEdges = new ArrayList<>(states);
      for (Map<Character, Integer> out : edges) {
        List<Map.Entry<Character, Integer>> sorted = new ArrayList<>(out.entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        sortedEdges.add(sorted);
      }
      int[] order = new int[states];
      int[] number = new int[states];
      int numbered = 1;
      for (int head = 0; head < numbered; head++) {
        for (Map.Entry<Character, Integer> edge : sortedEdges.get(order[head])) {
          number[edge.getValue()] = numbered;
          order[numbered++] = edge.getValue();
        }
      }
      int[] edgeStart = new int[states + 1];
      for (int s = 0; s < states; s++) {
        edgeStart[s + 1] = edgeStart[s] + sortedEdges.get(order[s]).size();
      }
      char[] chars = new char[edgeStart[states]];
      int[] targets = new int[edgeStart[states]];
      for (int s = 0; s < states; s++) {
        List<Map.Entry<Character, Integer>> sorted = sortedEdges.get(order[s]);
        for (int i = 0; i < sorted.size(); i++) {
          chars[edgeStart[s] + i] = sorted.get(i).getKey();
          targets[edgeStart[s] + i] = number[sorted.get(i).getValue()];
        }
      }
      List<BitSet> groupsEnding = new ArrayList<>(states);
      for (int s = 0; s < states; s++) {
        groupsEnding.add((BitSet) ends.get(order[s]).clone());
      }
      // The root's children fall back to the root. In breadth-first order, a state's fallback (a
      // shorter string) is finished before the state, and the state before its children.
      int[] fallback = new int[states];
      for (int state = 1; state < states; state++) {
        groupsEnding.get(state).or(groupsEnding.get(fallback[state]));
        for (int e = edgeStart[state]; e < edgeStart[state + 1]; e++) {
          fallback[targets[e]] = step(edgeStart, chars, targets, fallback, fallback[state], chars[e]);
        }
      }
      int[] foundStart = new int[states + 1];
      for (int s = 0; s < states; s++) {
        foundStart[s + 1] = foundStart[s] + groupsEnding.get(s).cardinality();
      }
      int[] found = new int[foundStart[states]];
      for (int s = 0; s < states; s++) {
        int at = foundStart[s];
        BitSet ending = groupsEnding.get(s);
        for (int group = ending.nextSetBit(0); group >= 0; group = ending.nextSetBit(group + 1)) {
          found[at++] = group;
        }
      }
      return new PatternScreen(edgeStart, chars, targets, fallback, foundStart, found, ints(branchStart),
          ints(branchSlot), (BitSet) alwaysRun.clone());
    }

    private static int[] ints(List<Integer> values) {
      return values.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The slots of the patterns worth running on {@code text}. */
  public BitSet candidates(String text) {
    BitSet candidates = (BitSet) alwaysRun.clone();
    if (edgeChars.length == 0) {
      return candidates;
    }
    BitSet found = new BitSet(groupBranch.length);
    int state = 0;
    boolean afterSpace = false;
    // Every character of every sentence passes here. The tables are held in locals because C1,
    // which compiles most runs, reloads a field on each use.
    int[] asciiCodes = asciiCode;
    int dense = denseCount;
    int[] targets = denseTargets;
    int[] foundAt = foundStart;
    int[] groups = foundGroups;
    int classes = classCount;
    for (int i = 0, length = text.length(); i < length; i++) {
      char raw = text.charAt(i);
      int code = raw < 128 ? asciiCodes[raw] : codeOf(RequiredLiterals.fold(raw));
      boolean space = (code & SPACE_FLAG) != 0;
      if (space && afterSpace) {
        continue;
      }
      afterSpace = space;
      if (state < dense) {
        int target = targets[state * classes + (code & CLASS_BITS)];
        if (target >= 0) {
          state = target;
          continue;
        }
        state = ~target;
      } else {
        state = next(state, RequiredLiterals.fold(raw));
      }
      for (int f = foundAt[state], end = foundAt[state + 1]; f < end; f++) {
        found.set(groups[f]);
      }
    }
    // A branch is looked at once, when its first group is found.
    for (int group = found.nextSetBit(0); group >= 0; group = found.nextSetBit(group + 1)) {
      int branch = groupBranch[group];
      if (group == branchStart[branch] && !candidates.get(branchSlot[branch]) && allFound(found, branch)) {
        candidates.set(branchSlot[branch]);
      }
    }
    return candidates;
  }

  private boolean allFound(BitSet found, int branch) {
    for (int group = branchStart[branch] + 1; group < branchStart[branch + 1]; group++) {
      if (!found.get(group)) {
        return false;
      }
    }
    return true;
  }

  /** {@link #step}, by the full rows of the shallow states. */
  private int next(int state, char c) {
    while (state >= denseCount) {
      int i = java.util.Arrays.binarySearch(edgeChars, edgeStart[state], edgeStart[state + 1], c);
      if (i >= 0) {
        return edgeTargets[i];
      }
      state = fallback[state];
    }
    int target = denseTargets[state * classCount + classOf(c)];
    return target < 0 ? ~target : target;
  }

  private int codeOf(char folded) {
    return classOf(folded) | (folded == ' ' ? SPACE_FLAG : 0);
  }

  private int classOf(char c) {
    if (c < 128) {
      return asciiClass[c];
    }
    int i = java.util.Arrays.binarySearch(otherChars, c);
    return i >= 0 ? otherClasses[i] : 0;
  }

  /** The state reached from {@code state} on {@code c}, following fallbacks where there is no edge. */
  private static int step(int[] edgeStart, char[] chars, int[] targets, int[] fallback, int state, char c) {
    while (true) {
      int i = java.util.Arrays.binarySearch(chars, edgeStart[state], edgeStart[state + 1], c);
      if (i >= 0) {
        return targets[i];
      }
      if (state == 0) {
        return 0;
      }
      state = fallback[state];
    }
  }

  public void write(DataOutputStream out) throws IOException {
    writeInts(out, edgeStart);
    byte[] chars = new byte[edgeChars.length * 2];
    ByteBuffer.wrap(chars).asCharBuffer().put(edgeChars);
    out.writeInt(edgeChars.length);
    out.write(chars);
    writeInts(out, edgeTargets);
    writeInts(out, fallback);
    writeInts(out, foundStart);
    writeInts(out, foundGroups);
    writeInts(out, branchStart);
    writeInts(out, branchSlot);
    writeInts(out, alwaysRun.stream().toArray());
  }

  /** Reads what {@link #write} wrote, in bulk: a cold run reads it in a few milliseconds. */
  public static PatternScreen read(DataInputStream in) throws IOException {
    int[] edgeStart = readInts(in);
    int charCount = in.readInt();
    byte[] bytes = new byte[charCount * 2];
    in.readFully(bytes);
    char[] chars = new char[charCount];
    ByteBuffer.wrap(bytes).asCharBuffer().get(chars);
    int[] targets = readInts(in);
    int[] fallback = readInts(in);
    int[] foundStart = readInts(in);
    int[] found = readInts(in);
    int[] branchStart = readInts(in);
    int[] branchSlot = readInts(in);
    BitSet alwaysRun = new BitSet();
    for (int slot : readInts(in)) {
      alwaysRun.set(slot);
    }
    return new PatternScreen(edgeStart, chars, targets, fallback, foundStart, found, branchStart, branchSlot,
        alwaysRun);
  }

  private static void writeInts(DataOutputStream out, int[] values) throws IOException {
    byte[] bytes = new byte[values.length * 4];
    ByteBuffer.wrap(bytes).asIntBuffer().put(values);
    out.writeInt(values.length);
    out.write(bytes);
  }

  private static int[] readInts(DataInputStream in) throws IOException {
    int count = in.readInt();
    byte[] bytes = new byte[count * 4];
    in.readFully(bytes);
    int[] values = new int[count];
    ByteBuffer.wrap(bytes).asIntBuffer().get(values);
    return values;
  }
}
