package io.tokenledger.importers.sheet;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A saved column mapping for one sheet shape (an invoice sheet, a revenue sheet): files whose
 * header has the same signature are imported with it without asking again.
 *
 * @param <M> the mapping of this kind of sheet
 */
public interface SheetTemplate<M> {

  /** The user's name for it, unique among the templates of its kind. */
  String name();

  /** The header names of the sheet it was made from, as written. */
  List<String> header();

  M mapping();

  /** When it was last saved, or null before it is. */
  OffsetDateTime updatedAt();

  /** The signature that recognises sheets of this shape. */
  default String headerSignature() {
    return SheetFiles.signature(header());
  }
}
