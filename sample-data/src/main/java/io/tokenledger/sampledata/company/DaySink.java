package io.tokenledger.sampledata.company;

import io.tokenledger.sampledata.GeneratedFile;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * One source's writer: it sees the request stream a UTC day at a time, in order, and writes its
 * files as it goes (or keeps small per-day or per-month aggregates), so memory stays bounded at any
 * scale.
 */
public interface DaySink {

  /** The tasks that started on {@code day}, sorted by start; days arrive in calendar order. */
  void day(LocalDate day, List<Task> tasks) throws IOException;

  /** Writes what is left, closes the files and lists them. */
  List<GeneratedFile> finish() throws IOException;
}
