"""Hostile input: crashes, surroundings, output files, misreads, resources, privacy."""
