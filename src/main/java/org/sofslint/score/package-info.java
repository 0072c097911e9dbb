/**
 * Compliance scores per Signs of Safety practice discipline: for one report from its findings
 * and length, and across a batch (distribution, lowest reports, most frequent rules).
 */
package org.sofslint.score;
