/** Seeded, deterministic generator of the demo company's source files. */
package io.tokenledger.sampledata;
