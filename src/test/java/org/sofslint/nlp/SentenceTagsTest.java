package org.sofslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sofslint.TestKit;
import org.sofslint.document.Document;
import org.sofslint.document.Sentence;

class SentenceTagsTest {
  private final Document document = TestKit.plainText("Mum said \"I will stop drinking.\" Sam told me he was scared.");
  private final List<Sentence> sentences = TestKit.NLP.sentences(document);

  @Test
  void tagsEachSentenceAsTheTaggerDoes() {
    SentenceTags tags = new SentenceTags(TestKit.NLP);

    for (Sentence sentence : sentences) {
      assertThat(tags.of(sentence)).isEqualTo(TestKit.NLP.partsOfSpeech(sentence));
    }
    assertThat(tags.of(sentences.get(1))).startsWith("PROPN", "VERB");
  }

  @Test
  void tagsASentenceOnceWhoeverAsksAgain() {
    SentenceTags tags = new SentenceTags(TestKit.NLP);

    List<String> first = tags.of(sentences.get(0));

    assertThat(tags.of(sentences.get(0))).isSameAs(first);
  }

  @Test
  void keepsEqualSentencesOfDifferentDocumentsApart() {
    SentenceTags tags = new SentenceTags(TestKit.NLP);
    Sentence copy = TestKit.NLP.sentences(TestKit.plainText(document.text())).get(0);

    List<String> first = tags.of(sentences.get(0));

    assertThat(tags.of(copy)).isEqualTo(first).isNotSameAs(first);
  }
}
