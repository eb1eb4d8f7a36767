# Loads cleanly alone, but the other folder has an error: all or nothing.
sip-486 = Stress Bad
    .description = Stress test override Bad.
