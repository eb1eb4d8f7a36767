sip-486 = Stress B
    .description = Stress test override B.
