package io.tokenledger.importers;

import io.tokenledger.importers.generic.GenericUsageCsvImporter;
import io.tokenledger.importers.helicone.HeliconeImporter;
import io.tokenledger.importers.langfuse.LangfuseImporter;
import io.tokenledger.importers.langsmith.LangSmithImporter;
import io.tokenledger.importers.litellm.LiteLlmSpendLogImporter;
import io.tokenledger.importers.openinference.OpenInferenceImporter;
import io.tokenledger.importers.otel.OtlpJsonImporter;
import java.util.List;

/** The list of importers that ship with TokenLedger; each format's issue adds its own here. */
final class BuiltInImporters {

  private BuiltInImporters() {}

  static List<Importer> all() {
    return List.of(
        new GenericUsageCsvImporter(),
        new OtlpJsonImporter(),
        new LangfuseImporter(),
        new LangSmithImporter(),
        new LiteLlmSpendLogImporter(),
        new HeliconeImporter(),
        new OpenInferenceImporter());
  }
}
