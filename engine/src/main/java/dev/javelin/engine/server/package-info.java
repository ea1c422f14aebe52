/** The authoritative server: its step loop, players, rooms, input queues and snapshot sending. */
package dev.javelin.engine.server;
