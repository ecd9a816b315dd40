/**
 * Usage history (CONTRACT §3) in either layout, rolled up to the planning frequency, and the
 * forecast file (CONTRACT §4) written from it.
 */
package dev.headroom.io.usage;
