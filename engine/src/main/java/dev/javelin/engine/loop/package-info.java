/** Time: clocks and the drift-free fixed-step loop. */
package dev.javelin.engine.loop;
