package io.tokenledger.sampledata.cloud;

import io.tokenledger.sampledata.GeneratedFile;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * A rendering of the cloud bill: it receives each UTC day's {@link CloudCharge}s (AWS and Google
 * Cloud together, in a stable order) and writes them in its format. The CUR 2.0 and BigQuery export
 * writers are two; the FOCUS 1.2 file of the cloud bill plugs in the same way (see {@link
 * CloudBill}).
 */
public interface CloudChargeSink {

  void charges(LocalDate day, List<CloudCharge> charges) throws IOException;

  List<GeneratedFile> finish() throws IOException;
}
