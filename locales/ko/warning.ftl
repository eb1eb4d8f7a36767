# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), 한국어.
# English (locales/en/warning.ftl) is the reference.

warning-300 = 호환되지 않는 네트워크 프로토콜
warning-301 = 호환되지 않는 네트워크 주소 형식
warning-302 = 호환되지 않는 전송 프로토콜
warning-303 = 호환되지 않는 대역폭 단위
warning-304 = 미디어 타입 사용 불가
warning-305 = 호환되지 않는 미디어 형식
warning-306 = 알 수 없는 속성
warning-307 = 알 수 없는 SDP 매개변수
warning-308 = 지원하지 않는 언어
warning-330 = 멀티캐스트 사용 불가
warning-331 = 유니캐스트 사용 불가
warning-370 = 대역폭 부족
warning-380 = SIPS 허용 안 됨
warning-381 = SIPS 필요
warning-399 = 기타 경고
