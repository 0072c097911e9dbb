package org.sofslint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

class JsonRendererTest extends RendererContractTest {
  @Override
  String format() {
    return JsonRenderer.NAME;
  }

  @Override
  String extension() {
    return "json";
  }

  /** The output is valid JSON that survives a parse and re-serialisation unchanged. */
  @Override
  void afterRender(String rendered) {
    try {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      JsonNode tree = mapper.readTree(rendered);
      DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      assertThat(mapper.writer(pretty).writeValueAsString(tree) + "\n").isEqualTo(rendered);
      assertThat(tree.get("version").asInt()).isEqualTo(JsonRenderer.VERSION);
      assertThat(tree.has("files")).isTrue();
      assertThat(tree.has("errors")).isTrue();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
