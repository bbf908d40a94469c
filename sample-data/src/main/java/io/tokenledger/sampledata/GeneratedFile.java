package io.tokenledger.sampledata;

import java.nio.file.Path;

/**
 * One file the demo generator wrote.
 *
 * @param path where it is
 * @param format the TokenLedger importer id that reads it
 * @param rows data rows (or records) in it
 */
public record GeneratedFile(Path path, String format, long rows) {}
