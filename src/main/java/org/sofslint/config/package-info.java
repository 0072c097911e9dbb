/** The {@code .sofslint.yml} file: where it is found, what it may say, and its checks. */
package org.sofslint.config;
