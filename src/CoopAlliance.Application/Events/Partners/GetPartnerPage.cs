using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Events;
using MediatR;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Events.Partners;

/// <summary>
/// The partner's page from the invitation link (no login): the event's basics, their answer and roles, and — once they
/// said they are interested — the whole planning list (read-only, except their own tasks). An unknown link: not found.
/// </summary>
[PublicRequest]
public sealed record GetPartnerPage(string Token) : IRequest<PartnerPageDto>;

public sealed class GetPartnerPageHandler(IAppDbContext db, AllianceClock clock, IOptions<EventOptions> options) : IRequestHandler<GetPartnerPage, PartnerPageDto>
{
    public async Task<PartnerPageDto> Handle(GetPartnerPage request, CancellationToken cancellationToken)
    {
        var partner = await Partners.ByTokenAsync(db, request.Token, cancellationToken);
        var ev = await Partners.EventAsync(db, partner.EventId, cancellationToken);
        var today = clock.Today;
        var days = options.Value.TaskReminderDaysBefore;
        IReadOnlyList<PartnerTaskDto> tasks = partner.HasJoined
            ? (await TaskList.LoadAsync(db, ev.Id, cancellationToken)).Select(t => new PartnerTaskDto(t.Task.Id, t.Task.What, t.Task.OwnerName, t.PartnerName,
                t.Task.DueOn, t.Task.IsDone, TaskList.IsOverdue(t.Task, today), TaskList.IsDueSoon(t.Task, today, days), t.Task.PartnerId == partner.Id)).ToList()
            : [];
        return new PartnerPageDto(ev.Title, ev.Summary, ev.StartsAt, ev.EndsAt, ev.VenueName, ev.Town, ev.Status == EventStatus.Cancelled,
            partner.OrganisationName, partner.ContactName, partner.Answer, partner.Answer.Describe(), Partners.Split(partner.Roles), partner.Roles.Describe(), tasks);
    }
}
