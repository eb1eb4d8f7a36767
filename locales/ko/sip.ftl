# sipstatus: SIP 응답 사유 문구, 한국어.
# 탁상 전화기와 교환기(PBX) 화면에 들어가도록 짧게 썼습니다.

## 응답 클래스

class-provisional = 임시 응답
class-success = 성공
class-redirection = 리다이렉션
class-client-failure = 클라이언트 오류
class-server-failure = 서버 오류
class-global-failure = 전역 오류

## 1xx: 임시 응답

sip-100 = 처리 중
    .description = 요청을 받아 처리하고 있으며, 예를 들어 프록시가 착신자를 찾는 동안 보냅니다.
sip-180 = 호출 중
    .description = 착신 단말이 호를 받아 사용자에게 벨을 울리고 있습니다.
sip-181 = 착신 전환 중
    .description = 호가 다른 목적지로 전환되고 있습니다.
sip-182 = 순서 대기 중
    .description = 착신자가 지금은 받을 수 없어, 받을 수 있을 때까지 호가 대기열에서 기다립니다.
sip-183 = 연결 중
    .description = 호를 연결하고 있으며, 연결음이나 안내 방송 같은 초기 정보를 이용할 수 있습니다.
sip-199 = 초기 다이얼로그 종료
    .short = 다이얼로그 종료
    .description = 이 호를 위해 만들어진 초기 다이얼로그가 응답 전에 종료되었습니다.

## 2xx: 성공

sip-200 = OK
    .description = 요청이 성공했습니다.
sip-202 = 수락됨
    .description = 요청이 처리를 위해 수락되었지만 아직 완료되지 않았습니다. RFC 6665 이후로는 사용하지 않습니다.
sip-204 = 알림 없음
    .description = 구독은 정상적으로 갱신되었지만, 이에 대한 알림은 보내지 않습니다.

## 3xx: 리다이렉션

sip-300 = 여러 대상 있음
    .description = 주소가 여러 목적지에 해당하며, 발신자는 응답에 나열된 목적지 중에서 선택할 수 있습니다.
sip-301 = 영구 이동
    .description = 착신자는 더 이상 이 주소로 연결할 수 없으며, 응답에 제시된 주소로 영구 이동했습니다.
sip-302 = 임시 이동
    .description = 착신자는 일시적으로 응답에 제시된 주소로 연결할 수 있습니다.
sip-305 = 프록시 사용 필요
    .description = 착신자에게는 응답에 제시된 프록시를 거쳐서만 연결할 수 있습니다.
sip-380 = 대체 서비스
    .description = 호는 실패했지만, 응답에 대체 서비스가 안내되어 있습니다.

## 4xx: 클라이언트 오류

sip-400 = 잘못된 요청
    .description = 구문이 잘못되어 요청을 해석할 수 없습니다.
sip-401 = 인증 필요
    .description = 착신자나 등록 서버의 사용자 인증이 필요합니다.
sip-402 = 결제 필요
    .description = 향후 사용을 위해 예약되어 있습니다.
sip-403 = 접근 금지
    .description = 서버가 요청을 이해했지만 수행을 거부합니다.
sip-404 = 찾을 수 없음
    .description = 요청에 지정된 도메인에서 착신 사용자를 찾을 수 없습니다.
sip-405 = 허용되지 않는 메서드
    .short = 메서드 불허
    .description = 요청 메서드는 이해하지만 이 주소에는 허용되지 않습니다.
sip-406 = 내용 수용 불가
    .description = 착신자가 보낼 수 있는 내용이 요청에서 받지 않겠다고 한 형식뿐입니다.
sip-407 = 프록시 인증 필요
    .description = 발신자가 먼저 프록시에서 인증을 받아야 합니다.
sip-408 = 요청 시간 초과
    .description = 착신자의 위치를 찾지 못하는 등의 이유로 서버가 제시간에 응답하지 못했습니다.
sip-409 = 충돌
    .description = 사용자가 이미 등록된 경우처럼 요청이 현재 상태와 충돌합니다. 폐지된 RFC 2543에만 있습니다.
sip-410 = 폐지된 주소
    .description = 사용자가 예전에는 있었지만 더 이상 여기서 연결할 수 없고, 전환할 주소도 알려져 있지 않습니다.
sip-411 = 길이 정보 필요
    .description = 유효한 Content-Length가 없는 요청을 서버가 거부합니다. 폐지된 RFC 2543에만 있습니다.
sip-412 = 조건부 요청 실패
    .description = 게시물의 엔터티 태그처럼 요청의 전제 조건이 충족되지 않았습니다.
sip-413 = 요청 크기 초과
    .description = 요청 본문이 서버가 처리하려는 크기보다 큽니다.
sip-414 = URI 너무 김
    .description = Request-URI가 서버가 해석하려는 길이보다 깁니다.
sip-415 = 미지원 본문 형식
    .description = 요청 본문이 서버가 지원하지 않는 형식(미디어 타입)입니다.
sip-416 = 미지원 URI 형식
    .description = 서버가 Request-URI의 스킴을 알지 못합니다.
sip-417 = 알 수 없는 우선순위
    .short = 우선순위 미지원
    .description = 요청이 서버가 이해하지 못하는 자원 우선순위를 지정했습니다.
sip-420 = 미지원 SIP 확장
    .description = 요청에 서버가 지원하지 않는 SIP 프로토콜 확장이 필요합니다.
sip-421 = SIP 확장 필요
    .description = 서버에 필요한 SIP 확장을 요청이 지원한다고 밝히지 않았습니다.
sip-422 = 세션 타이머 짧음
    .description = 요청의 세션 갱신 간격이 서버가 허용하는 값보다 짧습니다.
sip-423 = 만료 시간 짧음
    .description = 등록 등에서 요청한 만료 시간이 너무 짧습니다.
sip-424 = 위치 정보 오류
    .description = 요청의 위치 정보 형식이 잘못되었거나 충분하지 않습니다.
sip-425 = 경보 메시지 오류
    .description = 비대화형 긴급 경보가 형식 오류로 거부되었습니다.
sip-428 = Identity 헤더 필요
    .short = Identity 필요
    .description = 서버 정책상 Identity 헤더가 필요한데, 요청에 없습니다.
sip-429 = Referred-By 필요
    .description = 요청에 유효한 Referred-By 토큰(호를 넘긴 쪽의 신원)이 없습니다.
sip-430 = 연결 흐름 실패
    .description = 사용자 에이전트로 가는 특정 연결 흐름이 실패했지만, 다른 흐름은 여전히 동작할 수 있습니다.
sip-433 = 익명 발신 거부
    .description = 익명 요청이어서 거부되었습니다.
sip-436 = 발신자 정보 오류
    .description = 인증서를 가져올 수 없는 등의 이유로 요청의 발신자 신원 정보(Identity-Info)를 사용할 수 없습니다.
sip-437 = 미지원 자격 증명
    .description = 요청에 서명한 도메인의 인증서를 서버가 검증할 수 없습니다.
sip-438 = Identity 무효
    .description = Identity 헤더의 서명을 검증할 수 없습니다.
sip-439 = 첫 홉 Outbound 미지원
    .short = Outbound 미지원
    .description = 등록 서버는 Outbound 확장을 지원하지만, 경로상의 첫 번째 프록시가 지원하지 않습니다.
sip-440 = Max-Breadth 초과
    .description = Max-Breadth를 모두 써서 프록시가 요청을 더 이상 분기할 수 없습니다.
sip-469 = INFO 패키지 오류
    .description = INFO 요청이 수신자가 동의하지 않은 Info 패키지를 사용했습니다.
sip-470 = 동의 필요
    .description = 송신자가 이 요청에 대해 수신자의 동의를 얻지 않았습니다.
sip-480 = 일시적 연결 불가
    .description = 착신자에게 도달했지만 로그인하지 않았거나 방해 금지 모드인 등의 이유로 일시적으로 연결할 수 없습니다.
sip-481 = 호/트랜잭션 없음
    .short = 해당 호 없음
    .description = 요청에 해당하는 기존 호나 트랜잭션이 없습니다.
sip-482 = 루프 감지
    .description = 서버가 라우팅 루프를 감지했습니다.
sip-483 = 홉 수 초과
    .description = 요청이 Max-Forwards가 허용하는 것보다 많은 홉을 거쳤습니다.
sip-484 = 불완전한 번호
    .description = 다이얼한 번호나 주소가 불완전합니다.
sip-485 = 모호한 주소
    .description = 다이얼한 주소가 모호하여 여러 사용자에 해당합니다.
sip-486 = 통화 중
    .description = 착신자에게 도달했지만 회선(단말)이 통화 중이어서 지금은 다른 호를 받을 수 없습니다.
sip-487 = 발신자 취소
    .description = 착신자가 응답하기 전에 발신자가 호를 취소했습니다.
sip-488 = 미디어 불일치
    .description = 공통 코덱이 없는 등의 이유로, 제안된 세션의 미디어를 착신 측에서 받아들일 수 없습니다.
sip-489 = 미지원 이벤트
    .description = 서버가 요청에 지정된 이벤트 패키지를 이해하지 못합니다.
sip-491 = 요청 대기 중
    .description = 같은 다이얼로그에서 다른 요청이 아직 처리 중입니다.
sip-493 = 복호화 불가
    .description = 요청에 수신자가 복호화할 수 없는 암호화된 본문이 들어 있습니다.
sip-494 = 보안 협상 필요
    .description = 서버는 보안 메커니즘을 협상한 뒤에만 요청을 받아들입니다.

## 5xx: 서버 오류

sip-500 = 서버 내부 오류
    .description = 예기치 않은 상황으로 서버가 요청을 수행하지 못했습니다.
sip-501 = 미구현 기능
    .description = 메서드 등 이 요청에 필요한 기능을 서버가 지원하지 않습니다.
sip-502 = 게이트웨이 오류
    .description = 게이트웨이나 프록시가 다음 서버로부터 잘못된 응답을 받았습니다.
sip-503 = 서비스 이용 불가
    .description = 서버가 일시적으로 과부하 상태이거나 점검 중입니다.
sip-504 = 서버 시간 초과
    .description = 서버가 필요로 하는 다른 서버로부터 제시간에 응답을 받지 못했습니다.
sip-505 = 미지원 SIP 버전
    .description = 서버가 요청의 SIP 버전을 지원하지 않습니다.
sip-513 = 메시지 크기 초과
    .description = 요청 메시지가 서버가 처리할 수 있는 크기보다 큽니다.
sip-555 = 푸시 서비스 미지원
    .short = 푸시 미지원
    .description = 요청에 지정된 푸시 알림 서비스를 서버가 지원하지 않습니다.
sip-580 = 전제 조건 실패
    .description = 세션에 필요한 전제 조건을 서버가 충족할 수 없습니다.

## 6xx: 전역 오류

sip-600 = 사용자 통화 중
    .description = 착신 사용자가 통화 중이며, 음성 사서함 등 다른 목적지도 호를 받을 수 없습니다.
sip-603 = 상대방 거절
    .description = 착신자가 호를 거절했으며, 다른 목적지도 호를 받을 수 없습니다.
sip-604 = 없는 번호
    .description = 착신 번호나 사용자가 어디에도 존재하지 않습니다.
sip-606 = 세션 수용 불가
    .description = 착신자에게 도달했지만, 제안된 세션의 일부를 어느 목적지에서도 받아들일 수 없습니다.
sip-607 = 착신 거부
    .description = 착신자가 이 호를 스팸(원치 않는 전화)으로 지정해 착신을 거부했으며, 이 발신자의 이후 호도 거부될 가능성이 높습니다.
sip-608 = 네트워크 차단
    .description = 착신자가 아니라 통신사 네트워크(스팸 전화 분석 등) 같은 중간 장비가 호를 차단했습니다.

## 7xx: 비표준

sip-701 = 상대방 통화 종료
    .description = 상대방이 전화를 끊었습니다. SIP 표준 밖의 스택 내부 코드입니다.
