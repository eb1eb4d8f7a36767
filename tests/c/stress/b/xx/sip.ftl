sip-486 = Stress xx B
