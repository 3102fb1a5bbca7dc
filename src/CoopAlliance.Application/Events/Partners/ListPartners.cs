using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Partners;

/// <summary>Staff: the event's planning partners, A–Z, with their answers and roles.</summary>
[Authorize(Roles.Staff)]
public sealed record ListPartners(int EventId) : IRequest<IReadOnlyList<EventPartnerDto>>;

public sealed class ListPartnersHandler(IAppDbContext db) : IRequestHandler<ListPartners, IReadOnlyList<EventPartnerDto>>
{
    public async Task<IReadOnlyList<EventPartnerDto>> Handle(ListPartners request, CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Id == request.EventId, cancellationToken))
        {
            throw new NotFoundException("Event", request.EventId);
        }

        var partners = await db.EventPartners.AsNoTracking().Where(p => p.EventId == request.EventId).ToListAsync(cancellationToken);
        return partners.OrderBy(p => p.OrganisationName, StringComparer.CurrentCultureIgnoreCase).Select(Partners.ToDto).ToList();
    }
}

/// <summary>The staff page "Partners and tasks" in one read: the event's title and day, its partners, and its task list (filtered).</summary>
public sealed record PlanningBoardDto(int EventId, string EventTitle, DateTime StartsAt, bool EventCancelled, IReadOnlyList<EventPartnerDto> Partners,
    IReadOnlyList<PlanningTaskDto> Tasks, int TaskReminderDaysBefore);

[Authorize(Roles.Staff)]
public sealed record GetPlanningBoard(int EventId, TaskFilter? Filter = null) : IRequest<PlanningBoardDto>;

public sealed class GetPlanningBoardHandler(IAppDbContext db, IMediator sender, Microsoft.Extensions.Options.IOptions<EventOptions> options)
    : IRequestHandler<GetPlanningBoard, PlanningBoardDto>
{
    public async Task<PlanningBoardDto> Handle(GetPlanningBoard request, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().Where(e => e.Id == request.EventId).Select(e => new { e.Title, e.StartsAt, e.Status })
                     .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Event", request.EventId);
        var partners = await sender.Send(new ListPartners(request.EventId), cancellationToken);
        var tasks = await sender.Send(new ListTasks(request.EventId, request.Filter), cancellationToken);
        return new PlanningBoardDto(request.EventId, ev.Title, ev.StartsAt, ev.Status == Domain.Events.EventStatus.Cancelled, partners, tasks,
            options.Value.TaskReminderDaysBefore);
    }
}
