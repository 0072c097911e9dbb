/** Rule packs and section templates: their model and the YAML loader that checks them. */
package org.sofslint.rules;
