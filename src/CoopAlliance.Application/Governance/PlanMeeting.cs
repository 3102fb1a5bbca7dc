using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Governance;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Governance;

/// <summary>Staff plan an annual or special meeting: when, where, the record date, days of notice, the agenda.</summary>
[Authorize(Roles.Staff)]
public sealed record PlanMeeting(MeetingKind Kind, string Title, DateTimeOffset StartsAt, string? Place, string? OnlineLink, DateOnly RecordDate,
    int? NoticeDays, string? Agenda) : ICommand<int>;

public sealed class PlanMeetingValidator : AbstractValidator<PlanMeeting>
{
    public PlanMeetingValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Title).NotEmpty().WithMessage("Give the meeting a title.").MaximumLength(200);
        RuleFor(x => x.Place).MaximumLength(500);
        RuleFor(x => x.OnlineLink).MaximumLength(500);
        RuleFor(x => x.Agenda).MaximumLength(4000);
        RuleFor(x => x.NoticeDays).InclusiveBetween(0, 365);
        RuleFor(x => x.StartsAt).NotEqual(default(DateTimeOffset)).WithMessage("Give the day and time of the meeting.");
        RuleFor(x => x.RecordDate).NotEqual(default(DateOnly)).WithMessage("Give the record date: the co-ops in good standing that day may vote.");
        RuleFor(x => x.RecordDate).Must((x, d) => d <= DateOnly.FromDateTime(x.StartsAt.UtcDateTime)).When(x => x.StartsAt != default && x.RecordDate != default)
            .WithMessage("The record date must be on or before the meeting.");
    }
}

public sealed class PlanMeetingHandler(IAppDbContext db, Microsoft.Extensions.Options.IOptions<GovernanceOptions> options) : IRequestHandler<PlanMeeting, int>
{
    public async Task<int> Handle(PlanMeeting r, CancellationToken cancellationToken)
    {
        var meeting = Meeting.Plan(new MeetingDetails(r.Kind, r.Title, r.StartsAt, r.Place, r.OnlineLink, r.RecordDate, r.NoticeDays ?? options.Value.NoticeDays, r.Agenda));
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return meeting.Id;
    }
}
