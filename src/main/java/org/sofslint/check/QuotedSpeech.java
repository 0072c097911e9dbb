package org.sofslint.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sofslint.document.Block;
import org.sofslint.document.Document;
import org.sofslint.document.Sentence;
import org.sofslint.document.Span;
import org.sofslint.document.Token;
import org.sofslint.nlp.SentenceTags;

/**
 * Direct quotations of what someone said: text in quotation marks introduced or followed by a
 * reporting verb ("Mum said", "Sam told me") or by a colon. Scare quotes around a label are not
 * speech and stay the writer's own words. Only sentences with a reporting verb's form near a
 * quotation are tagged, so the cost is paid where quotes are.
 */
final class QuotedSpeech {
  /** The characters {@link #pairs} acts on: each other character of a block is passed over. */
  private static final String QUOTE_MARKS = "“”\"‘’'";
  /** Which ASCII characters are in {@link #QUOTE_MARKS}: most characters are ASCII, and are looked up. */
  private static final boolean[] ASCII_QUOTE_MARKS = asciiQuoteMarks();
  private static final int WINDOW = 8;
  /**
   * Reporting verbs in every form a report writes them, spelled out rather than lemmatized, so
   * a quotation costs no lemmatizer model (about 40 ms to load on a cold start).
   */
  private static final Set<String> REPORTING_VERBS = Set.of(
      "add", "adds", "added", "adding", "admit", "admits", "admitted", "admitting",
      "agree", "agrees", "agreed", "agreeing", "announce", "announces", "announced", "announcing",
      "answer", "answers", "answered", "answering", "ask", "asks", "asked", "asking",
      "call", "calls", "called", "calling", "claim", "claims", "claimed", "claiming",
      "comment", "comments", "commented", "commenting",
      "complain", "complains", "complained", "complaining",
      "confirm", "confirms", "confirmed", "confirming", "cry", "cries", "cried", "crying",
      "deny", "denies", "denied", "denying", "describe", "describes", "described", "describing",
      "disclose", "discloses", "disclosed", "disclosing",
      "exclaim", "exclaims", "exclaimed", "exclaiming",
      "explain", "explains", "explained", "explaining", "insist", "insists", "insisted", "insisting",
      "mention", "mentions", "mentioned", "mentioning", "message", "messages", "messaged", "messaging",
      "plead", "pleads", "pled", "pleaded", "pleading", "recall", "recalls", "recalled", "recalling",
      "remark", "remarks", "remarked", "remarking", "repeat", "repeats", "repeated", "repeating",
      "reply", "replies", "replied", "replying", "report", "reports", "reported", "reporting",
      "respond", "responds", "responded", "responding", "say", "says", "said", "saying",
      "scream", "screams", "screamed", "screaming", "shout", "shouts", "shouted", "shouting",
      "sob", "sobs", "sobbed", "sobbing", "state", "states", "stated", "stating",
      "tell", "tells", "told", "telling", "text", "texts", "texted", "texting",
      "whisper", "whispers", "whispered", "whispering",
      "write", "writes", "wrote", "written", "writing", "yell", "yells", "yelled", "yelling");

  private final List<Span> quotes;

  private QuotedSpeech(List<Span> quotes) {
    this.quotes = List.copyOf(quotes);
  }

  static QuotedSpeech none() {
    return new QuotedSpeech(List.of());
  }

  static QuotedSpeech find(Document document, List<Sentence> sentences, SentenceTags tags) {
    List<Span> speech = new ArrayList<>();
    String text = document.text();
    List<List<Sentence>> byBlock = Sentence.byBlock(sentences, document.blocks().size());
    for (int b = 0; b < document.blocks().size(); b++) {
      Block block = document.blocks().get(b);
      List<Span> quotes = pairs(text, block.span());
      if (quotes.isEmpty()) {
        continue;
      }
      List<Sentence> blockSentences = byBlock.get(b);
      for (Span quote : quotes) {
        if (isIntroducedByColon(text, quote) || hasReportingVerb(blockSentences, quote, tags)) {
          speech.add(quote);
        }
      }
    }
    return new QuotedSpeech(speech);
  }

  boolean covers(Span span) {
    for (Span quote : quotes) {
      if (quote.contains(span)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIntroducedByColon(String text, Span quote) {
    int i = quote.start() - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && text.charAt(i) == ':';
  }

  private static boolean hasReportingVerb(List<Sentence> sentences, Span quote, SentenceTags tags) {
    for (Sentence sentence : sentences) {
      if (!sentence.span().overlaps(new Span(Math.max(0, quote.start() - 1), quote.end() + 1))) {
        continue;
      }
      List<String> sentenceTags = null;
      int before = 0;
      for (int t = sentence.tokens().size() - 1; t >= 0; t--) {
        Span token = sentence.tokens().get(t).span();
        boolean near = token.end() <= quote.start() && before++ < WINDOW
            || token.start() >= quote.end() && tokensBetween(sentence.tokens(), quote.end(), t) < WINDOW;
        if (!near) {
          continue;
        }
        if (!REPORTING_VERBS.contains(sentence.tokens().get(t).text().toLowerCase(java.util.Locale.ROOT))) {
          continue;
        }
        // Tagged only now: most words near a quotation are not reporting verbs.
        if (sentenceTags == null) {
          sentenceTags = tags.of(sentence);
        }
        if (sentenceTags.get(t).equals("VERB")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * How many tokens lie between offset {@code from} and the token at {@code index}, which starts at
   * or after it. Tokens are in order and do not overlap, so they are those from the first to start
   * at or after {@code from} up to that one.
   */
  private static int tokensBetween(List<Token> tokens, int from, int index) {
    int first = index;
    while (first > 0 && tokens.get(first - 1).span().start() >= from) {
      first--;
    }
    return index - first;
  }

  /** One of {@link #QUOTE_MARKS}: asked of every character of every block, so no search of the string for ASCII. */
  private static boolean isQuoteMark(char c) {
    return c < 128 ? ASCII_QUOTE_MARKS[c] : QUOTE_MARKS.indexOf(c) >= 0;
  }

  private static boolean[] asciiQuoteMarks() {
    boolean[] marks = new boolean[128];
    for (char c : QUOTE_MARKS.toCharArray()) {
      if (c < 128) {
        marks[c] = true;
      }
    }
    return marks;
  }

  /** Spans of matched quotation marks in a block, each including its marks. */
  static List<Span> pairs(String text, Span block) {
    List<Span> pairs = new ArrayList<>();
    int curly = -1;
    int straight = -1;
    int curlySingle = -1;
    int straightSingle = -1;
    for (int i = block.start(); i < block.end(); i++) {
      char c = text.charAt(i);
      if (!isQuoteMark(c)) {
        continue;
      }
      boolean wordBefore = i > block.start() && Character.isLetterOrDigit(text.charAt(i - 1));
      boolean wordAfter = i + 1 < block.end() && Character.isLetterOrDigit(text.charAt(i + 1));
      if (c == '“' && curly < 0) {
        curly = i;
      } else if (c == '”' && curly >= 0) {
        pairs.add(new Span(curly, i + 1));
        curly = -1;
      } else if (c == '"') {
        if (straight < 0) {
          straight = i;
        } else {
          pairs.add(new Span(straight, i + 1));
          straight = -1;
        }
      } else if (c == '‘' && curlySingle < 0 && !wordBefore) {
        curlySingle = i;
      } else if (c == '’' && curlySingle >= 0 && !wordAfter) {
        pairs.add(new Span(curlySingle, i + 1));
        curlySingle = -1;
      } else if (c == '\'' && straightSingle < 0 && !wordBefore && wordAfter) {
        straightSingle = i;
      } else if (c == '\'' && straightSingle >= 0 && wordBefore && !wordAfter) {
        pairs.add(new Span(straightSingle, i + 1));
        straightSingle = -1;
      }
    }
    return pairs;
  }
}
