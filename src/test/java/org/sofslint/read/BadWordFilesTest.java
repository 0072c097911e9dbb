package org.sofslint.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sofslint.TestKit;

/**
 * Each kind of bad Word file gives one plain sentence and no document; nothing in it is
 * resolved or inflated beyond POI's limits.
 */
class BadWordFilesTest {
  @TempDir Path dir;

  @Test
  void eachBadFileGivesOneSentenceSayingWhatIsWrong() throws IOException {
    Map<String, String> expected = BadWordFiles.fixtures(dir);
    expected.forEach((name, sentence) ->
        assertThat(BadWordFiles.problem(dir.resolve(name))).as(name).startsWith(sentence).doesNotContain("\n", "Exception"));
  }

  @Test
  void aPartTooLargeOnceInflatedIsRefusedEvenWhenItPacksPoorly() throws IOException {
    StringBuilder noise = new StringBuilder((int) WordFiles.MAX_PART_BYTES + 1024);
    Random random = new Random(5);
    while (noise.length() <= WordFiles.MAX_PART_BYTES) {
      noise.append((char) ('a' + random.nextInt(26)));
    }
    Path big = dir.resolve("big.docx");
    WordXml.body(WordXml.p("Start.") + "<w:p><w:r><w:t>" + noise + "</w:t></w:r></w:p>").write(big);
    assertThat(BadWordFiles.problem(big)).isEqualTo("refused: a part of this .docx expands to more than 20 MB");
  }

  @Test
  void anExternalEntityIsNeverFetched() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(300);
      Path file = Files.write(dir.resolve("fetch.docx"),
          BadWordFiles.externalEntity("http://127.0.0.1:" + server.getLocalPort() + "/report-text"));
      assertThat(BadWordFiles.problem(file)).startsWith("refused: the document's XML declares a DOCTYPE");
      assertThatThrownBy(server::accept).as("a connection to the entity's address").isInstanceOf(SocketTimeoutException.class);
    }
  }

  @Test
  void aGoodDocumentNextToThemIsRead() throws IOException, InputException {
    Path good = Files.write(dir.resolve("good.docx"), BadWordFiles.goodDocx());
    assertThat(new WordReader(TestKit.CLASSIFIER).read(good).text()).isEqualTo("Mum is in denial.");
  }

}
