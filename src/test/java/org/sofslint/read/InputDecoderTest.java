package org.sofslint.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputDecoderTest {
  @Test
  void readsUtf8AndDropsAByteOrderMark() throws InputException {
    byte[] text = "\uFEFFZoë".getBytes(StandardCharsets.UTF_8);
    assertThat(InputDecoder.decode(text)).isEqualTo("Zoë");
  }

  @Test
  void readsUtf16WithAByteOrderMarkAsWordSavesIt() throws InputException {
    assertThat(InputDecoder.decode("\uFEFFŁucja".getBytes(StandardCharsets.UTF_16LE))).isEqualTo("Łucja");
    assertThat(InputDecoder.decode("\uFEFFŁucja".getBytes(StandardCharsets.UTF_16BE))).isEqualTo("Łucja");
  }

  @Test
  void saysWhereInvalidUtf8Is() {
    byte[] latin1 = "one\ntwo\ncaf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> InputDecoder.decode(latin1))
        .hasMessage("not valid UTF-8: byte 0xE9 on line 3 cannot be read (save the file as UTF-8)");
  }

  @Test
  void refusesEmptyAndBlankFiles() {
    assertThatThrownBy(() -> InputDecoder.decode(new byte[0])).hasMessageContaining("empty");
    assertThatThrownBy(() -> InputDecoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("only blank space");
  }

  @Test
  void refusesBinaryFilesAndNamesCommonOnes() {
    assertThatThrownBy(() -> InputDecoder.decode(new byte[] {'P', 'K', 3, 4, 0, 0}))
        .hasMessageContaining("zip archive");
    assertThatThrownBy(() -> InputDecoder.decode("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
        .hasMessageContaining("PDF");
    assertThatThrownBy(() -> InputDecoder.decode(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}))
        .hasMessageContaining(".doc");
    assertThatThrownBy(() -> InputDecoder.decode(new byte[] {'a', 'b', 0, 'c'}))
        .hasMessage("this looks like a binary file, not a text or Markdown report");
  }
}
