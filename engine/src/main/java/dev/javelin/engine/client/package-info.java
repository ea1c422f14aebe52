/** The client: its step loop, input history with redundancy, and the link to a sync strategy. */
package dev.javelin.engine.client;
