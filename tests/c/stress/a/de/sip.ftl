sip-486 = Stress A
    .description = Stress test override A.
