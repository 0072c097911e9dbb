package org.sofslint;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/**
 * The official SARIF 2.1.0 JSON schema (src/test/resources/sarif, see the README there), read
 * from the file so validation never touches the network.
 */
public final class SarifSchema {
  private static final Schema SCHEMA = load();

  private SarifSchema() {}

  /** Every way {@code log} breaks the schema; empty when it is a valid SARIF 2.1.0 log. */
  public static List<String> problems(String log) {
    return SCHEMA.validate(log, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static Schema load() {
    try (InputStream schema = Files.newInputStream(Golden.RESOURCES.resolve("sarif/sarif-schema-2.1.0.json"))) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
