/** The Signs of Safety judgement: statement features and the structural checks built on them. */
package org.sofslint.sofs;
