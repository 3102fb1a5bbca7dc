using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Governance;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static CoopAlliance.Application.Texts.GovernanceTexts;

namespace CoopAlliance.Application.Governance;

public sealed record MinutesPdfFile(byte[] Content, string FileName);

/// <summary>
/// The minutes of a meeting as a PDF: attendance, quorum, each motion and its result — an open vote lists each co-op's
/// vote, a secret ballot only its totals. Members may download them once the meeting is closed (the written minutes
/// appear once published); staff at any time. A rep reads them in their co-op's language.
/// </summary>
[AnySignedInUser]
public sealed record GetMinutesPdf(int MeetingId) : IRequest<MinutesPdfFile>;

public sealed class GetMinutesPdfHandler(IAppDbContext db, IMediator mediator, CoopAccess access, ICurrentUser user, IPdfRenderer renderer, AllianceClock clock,
    IOptions<AppOptions> app) : IRequestHandler<GetMinutesPdf, MinutesPdfFile>
{
    public async Task<MinutesPdfFile> Handle(GetMinutesPdf request, CancellationToken cancellationToken)
    {
        var state = await db.Meetings.Where(m => m.Id == request.MeetingId).Select(m => (MeetingState?)m.State).FirstOrDefaultAsync(cancellationToken);
        if (state is null || (!access.IsStaff && state != MeetingState.Closed))
        {
            throw new NotFoundException("Meeting", request.MeetingId);
        }

        var meeting = await mediator.Send(new GetMeeting(request.MeetingId), cancellationToken);
        var motions = await mediator.Send(new ListMotions(request.MeetingId), cancellationToken);
        var results = new List<(MotionDto Motion, MotionResultDto Result)>();
        foreach (var motion in motions)
        {
            results.Add((motion, await mediator.Send(new GetMotionResult(motion.Id), cancellationToken)));
        }

        var language = !access.IsStaff && user.CooperativeId is { } coopId
            ? await db.Cooperatives.Where(c => c.Id == coopId).Select(c => c.PreferredLanguage).FirstOrDefaultAsync(cancellationToken)
            : Languages.English;
        using var culture = AppCulture.Use(Languages.IsSupported(language) ? language! : Languages.English);
        var day = DateOnly.FromDateTime(clock.ToLocal(meeting.StartsAt).DateTime);
        var draft = meeting.State != MeetingState.Closed || meeting.MinutesPublishedAt is null;
        var builder = new ReportBuilder(T("Minutes: {0}", meeting.Title))
            .Letterhead(app.Value.AllianceName, T(meeting.Kind == MeetingKind.Annual ? "Annual meeting" : "Special meeting"))
            .Footer(T("Minutes of {0}", Formats.LongDay(day)) + (draft ? " — " + T("draft, not yet published") : ""))
            .Heading(T("Minutes: {0}", meeting.Title))
            .KeyValues(
                (T("Meeting"), T(meeting.Kind == MeetingKind.Annual ? "Annual meeting" : "Special meeting")),
                (T("Date"), $"{Formats.FullDay(day)}, {Formats.Time(TimeOnly.FromDateTime(clock.ToLocal(meeting.StartsAt).DateTime))}"),
                (T("Place"), string.Join(" / ", new[] { meeting.Place, meeting.OnlineLink }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } where ? where : "—"),
                (T("Record date"), Formats.LongDay(meeting.RecordDate)));
        if (meeting.Agenda.Count > 0)
        {
            builder.Heading(T("Agenda"), 2);
            for (var i = 0; i < meeting.Agenda.Count; i++)
            {
                builder.Paragraph($"{i + 1}. {meeting.Agenda[i]}");
            }
        }

        var q = meeting.Quorum;
        builder.Heading(T("Attendance and quorum"), 2)
            .Paragraph(T("{0} of the {1} co-ops in good standing on the record date were present; quorum needed {2}: {3}.", q.Present, q.Eligible, q.Required,
                q.IsMet ? T("quorum was met") : T("quorum was not met")));
        if (meeting.Attendance.Count > 0)
        {
            builder.Table(t => t.Column(T("Co-op"), 2).Column(T("Present for it"), 2).Column(T("Checked in"), 1)
                .Rows(meeting.Attendance, a => [a.CoopName, a.PersonName, Formats.Time(TimeOnly.FromDateTime(clock.ToLocal(a.CheckedInAt).DateTime))]));
        }

        builder.Heading(T("Motions and results"), 2);
        if (results.Count == 0)
        {
            builder.Paragraph(T("No motions were put to this meeting."));
        }

        foreach (var (motion, result) in results)
        {
            builder.Heading(motion.Title, 3);
            builder.Paragraph($"{T(KindWord(motion.Kind))} · {(motion.Kind == MotionKind.Election ? T("{0} seat(s), {1}-month term", motion.Seats ?? 0, motion.TermMonths ?? 0) : T(motion.Threshold == Threshold.TwoThirds ? "Two thirds of votes cast" : "Majority of votes cast"))} · {T(motion.Secret ? "Secret ballot" : "Open vote")}");
            if (!string.IsNullOrWhiteSpace(motion.Text))
            {
                builder.Paragraph(motion.Text!);
            }

            if (result.State != MotionState.Closed)
            {
                builder.Paragraph(T("Voting has not closed; no result yet ({0} of {1} co-ops have voted).", result.BallotsCast, result.Eligible));
                continue;
            }

            builder.Paragraph(Outcome(result));
            if (motion.Kind == MotionKind.Election)
            {
                builder.Table(t => t.Column(T("Candidate"), 3).Column(T("Votes"), 1, ColumnAlign.Right).Column(T("Result"), 2)
                    .Rows(result.Candidates.OrderByDescending(c => c.Votes ?? 0).ThenBy(c => c.Name),
                        c => [c.Name, Formats.Count(c.Votes ?? 0), c.Elected ? T("Elected") : c.TiedForLastSeat ? T("Tied for the last seat") : T("Not elected")]));
            }

            if (!result.Secret && result.Votes.Count > 0)
            {
                builder.Table(t => t.Column(T("Co-op"), 2).Column(T("Vote"), 3)
                    .Rows(result.Votes, v => [v.CoopName, v.Choice is { } c ? T(ChoiceWord(c)) : string.Join(", ", v.Candidates)]));
            }
            else if (result.Secret)
            {
                builder.Paragraph(T("Secret ballot: only the totals are recorded. Co-ops that voted: {0}.", result.CoopsThatVoted.Count == 0 ? "—" : string.Join(", ", result.CoopsThatVoted)));
            }
        }

        if (!string.IsNullOrWhiteSpace(meeting.Minutes))
        {
            builder.Heading(T("Minutes"), 2);
            foreach (var paragraph in meeting.Minutes!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                builder.Paragraph(paragraph);
            }
        }

        return new MinutesPdfFile(renderer.Render(builder.Build()), $"minutes-{meeting.Id}-{day:yyyy-MM-dd}.pdf");
    }

    private static string Outcome(MotionResultDto r)
    {
        if (r.Kind == MotionKind.Election)
        {
            var elected = r.Candidates.Where(c => c.Elected).OrderByDescending(c => c.Votes).Select(c => c.Name).ToList();
            var tied = r.Candidates.Where(c => c.TiedForLastSeat).Select(c => c.Name).ToList();
            return (elected.Count == 0 ? T("No one was elected.") : T("Elected: {0}.", string.Join(", ", elected)))
                   + (tied.Count > 0 ? " " + T("Tie for the last seat between {0}: a runoff fills it.", string.Join(", ", tied)) : "")
                   + " " + T("{0} of {1} co-ops voted.", r.BallotsCast, r.Eligible);
        }

        return T(r.Passed == true ? "Carried: {0} for, {1} against, {2} abstaining." : "Failed: {0} for, {1} against, {2} abstaining.", r.For ?? 0, r.Against ?? 0, r.Abstain ?? 0)
               + (r.Tie ? " " + T("A tie: the motion fails.") : "")
               + " " + T(r.Threshold == Threshold.TwoThirds ? "Two thirds of votes cast were needed." : "A majority of votes cast was needed.");
    }

    public static string KindWord(MotionKind kind) => kind switch
    {
        MotionKind.BylawAmendment => "Bylaw amendment",
        MotionKind.Budget => "Budget approval",
        MotionKind.Election => "Election",
        _ => "Resolution",
    };

    public static string ChoiceWord(VoteChoice choice) => choice switch
    {
        VoteChoice.For => "For",
        VoteChoice.Against => "Against",
        _ => "Abstain",
    };
}
