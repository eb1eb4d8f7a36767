sip-486 = Stress xx A
