/** Seeded, deterministic generator of a demo company's source files in the real formats. */
module io.tokenledger.sampledata {
  requires com.fasterxml.jackson.databind;
  requires org.apache.poi.ooxml;

  exports io.tokenledger.sampledata;
  exports io.tokenledger.sampledata.focus;
}
