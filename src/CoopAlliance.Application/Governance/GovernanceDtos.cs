using CoopAlliance.Domain.Governance;

namespace CoopAlliance.Application.Governance;

public sealed record MeetingSummary(int Id, MeetingKind Kind, string Title, DateTimeOffset StartsAt, DateOnly RecordDate, MeetingState State, bool MinutesPublished);

public sealed record AttendanceDto(int CoopId, string CoopName, string PersonName, DateTimeOffset CheckedInAt);

public sealed record EligibleCoopDto(int CoopId, string CoopName, bool Present, bool HasDelegate);

public sealed record MeetingDetail(int Id, MeetingKind Kind, string Title, DateTimeOffset StartsAt, string? Place, string? OnlineLink, DateOnly RecordDate,
    int NoticeDays, IReadOnlyList<string> Agenda, MeetingState State, bool EligibilitySettled, QuorumStatus Quorum,
    IReadOnlyList<EligibleCoopDto> Eligible, IReadOnlyList<AttendanceDto> Attendance, string? Minutes, DateTimeOffset? MinutesPublishedAt, int Version);

public sealed record CandidateDto(int Id, string Name, string? Statement, int? Votes, bool Elected, bool TiedForLastSeat);

public sealed record MotionDto(int Id, int MeetingId, MotionKind Kind, string Title, string? Text, Threshold Threshold, bool Secret, DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt, MotionState State, int? Seats, int? TermMonths, IReadOnlyList<CandidateDto> Candidates, bool? OurCoopVoted);

public sealed record OpenVoteDto(int CoopId, string CoopName, VoteChoice? Choice, IReadOnlyList<string> Candidates);

public sealed record MotionResultDto(int MotionId, string Title, MotionKind Kind, Threshold Threshold, bool Secret, MotionState State, int Eligible,
    int BallotsCast, int? For, int? Against, int? Abstain, bool? Passed, bool Tie, string? Summary, IReadOnlyList<CandidateDto> Candidates,
    IReadOnlyList<OpenVoteDto> Votes, IReadOnlyList<string> CoopsThatVoted);

public sealed record BoardSeatDto(int Id, string Name, string HolderName, int? CoopId, string? CoopName, DateOnly TermStart, DateOnly TermEnd, bool Current);

public sealed record DelegateDto(int CoopId, int PersonId, string PersonName, int? AlternatePersonId, string? AlternateName, DateTimeOffset NamedAt, string NamedBy, int Version);
