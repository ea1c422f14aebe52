/**
 * The public API for declaring what a game sends: mark each networked field {@link dev.javelin.engine.schema.Net @Net}
 * once, set the precision of the engine's inherited fields once per game in a
 * {@link dev.javelin.engine.schema.NetPrecision}, and register classes with stable ids in a
 * {@link dev.javelin.engine.schema.ClassRegistry}. The javelin-codegen annotation processor (a
 * {@code provided}-scope dependency) generates each class's codec at compile time.
 */
package dev.javelin.engine.schema;
