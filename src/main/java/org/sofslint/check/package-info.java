/** The engine: runs every enabled rule over a document and yields findings in a stable order. */
package org.sofslint.check;
