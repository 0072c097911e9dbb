/** The command line: the only place that reads arguments, prints, picks exit codes and starts threads. */
package org.sofslint.cli;
