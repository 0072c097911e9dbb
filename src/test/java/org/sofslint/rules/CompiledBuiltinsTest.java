package org.sofslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompiledBuiltinsTest {
  private final CompiledBuiltins.Contents fromYaml = Builtins.fromYaml();

  @Test
  void theCompiledFormReadsBackAsExactlyWhatTheYamlSays() throws IOException {
    assertThat(CompiledBuiltins.read(new ByteArrayInputStream(bytes(fromYaml)), fromYaml.checksum()))
        .contains(fromYaml);
  }

  @Test
  void theBuildShipsACompiledFormMadeFromTheYamlBesideIt() throws IOException {
    try (InputStream in = Builtins.class.getResourceAsStream("/org/sofslint/rules/builtin/builtins.bin")) {
      assertThat(in).as("builtins.bin written by the build (exec-maven-plugin)").isNotNull();
      assertThat(CompiledBuiltins.read(in, fromYaml.checksum())).contains(fromYaml);
    }
    assertThat(Builtins.load()).isEqualTo(fromYaml);
  }

  @Test
  void aCompiledFormMadeFromOtherYamlIsIgnored() throws IOException {
    assertThat(CompiledBuiltins.read(new ByteArrayInputStream(bytes(fromYaml)), fromYaml.checksum() + 1)).isEmpty();
  }

  @Test
  void anyChangeToAnyYamlFileChangesTheChecksum() {
    byte[] pack = "pack: a\n".getBytes();
    byte[] edited = "pack: b\n".getBytes();
    assertThat(CompiledBuiltins.checksum(List.of(pack, edited)))
        .isNotEqualTo(CompiledBuiltins.checksum(List.of(pack, pack)))
        .isNotEqualTo(CompiledBuiltins.checksum(List.of(edited, pack)));
  }

  private static byte[] bytes(CompiledBuiltins.Contents contents) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompiledBuiltins.write(out, contents);
    return out.toByteArray();
  }
}
