using CoopAlliance.Application.Benefits.Documents;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Events;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Events.Partners;

/// <summary>Staff: the event's planning list by due date (open, done, overdue, or all), due-soon and overdue flagged.</summary>
[Authorize(Roles.Staff)]
public sealed record ListTasks(int EventId, TaskFilter? Filter = null) : IRequest<IReadOnlyList<PlanningTaskDto>>;

public sealed class ListTasksHandler(IAppDbContext db, AllianceClock clock, IOptions<EventOptions> options) : IRequestHandler<ListTasks, IReadOnlyList<PlanningTaskDto>>
{
    public async Task<IReadOnlyList<PlanningTaskDto>> Handle(ListTasks request, CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Id == request.EventId, cancellationToken))
        {
            throw new NotFoundException("Event", request.EventId);
        }

        var today = clock.Today;
        var tasks = await TaskList.LoadAsync(db, request.EventId, cancellationToken);
        return tasks.Select(t => TaskList.ToDto(t.Task, t.PartnerName, today, options.Value.TaskReminderDaysBefore))
            .Where(t => request.Filter switch
            {
                TaskFilter.Open => !t.Done,
                TaskFilter.Done => t.Done,
                TaskFilter.Overdue => t.Overdue,
                _ => true,
            }).ToList();
    }
}

/// <summary>Staff: the planning list as CSV (the same filter as the page).</summary>
[Authorize(Roles.Staff)]
public sealed record ExportTasks(int EventId, TaskFilter? Filter = null) : IRequest<CsvFile>;

public sealed class ExportTasksHandler(IMediator sender, IAppDbContext db) : IRequestHandler<ExportTasks, CsvFile>
{
    public async Task<CsvFile> Handle(ExportTasks request, CancellationToken cancellationToken)
    {
        var tasks = await sender.Send(new ListTasks(request.EventId, request.Filter), cancellationToken);
        var title = await db.Events.Where(e => e.Id == request.EventId).Select(e => e.Title).FirstAsync(cancellationToken);
        var csv = new CsvBuilder().Row("Task id", "What", "Owner", "Owner email", "Partner", "Due", "Status", "Done", "Done by", "Reminded");
        foreach (var t in tasks)
        {
            csv.Row(t.Id, t.What, t.OwnerName, t.OwnerEmail, t.PartnerName, t.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                t.Done ? "done" : t.Overdue ? "overdue" : t.DueSoon ? "due soon" : "open",
                t.DoneAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), t.DoneBy,
                t.ReminderSentAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        var slug = Domain.Marketing.Slug.From(title);
        return new CsvFile($"event-{request.EventId}-{(slug.Length == 0 ? "event" : slug)}-tasks.csv", System.Text.Encoding.UTF8.GetBytes(csv.ToString()));
    }
}

internal static class TaskList
{
    public static async Task<List<(PlanningTask Task, string? PartnerName)>> LoadAsync(IAppDbContext db, int eventId, CancellationToken ct)
    {
        var rows = await (
            from t in db.PlanningTasks.AsNoTracking()
            where t.EventId == eventId
            join p in db.EventPartners on t.PartnerId equals p.Id into owners
            from p in owners.DefaultIfEmpty()
            select new { Task = t, PartnerName = p == null ? null : (string?)p.OrganisationName }).ToListAsync(ct);
        return rows.OrderBy(r => r.Task.IsDone).ThenBy(r => r.Task.DueOn).ThenBy(r => r.Task.Id).Select(r => (r.Task, (string?)r.PartnerName)).ToList();
    }

    public static bool IsOverdue(PlanningTask t, DateOnly today) => !t.IsDone && t.DueOn < today;

    public static bool IsDueSoon(PlanningTask t, DateOnly today, int daysBefore) => !t.IsDone && t.DueOn >= today && t.DueOn <= today.AddDays(daysBefore);

    public static PlanningTaskDto ToDto(PlanningTask t, string? partnerName, DateOnly today, int daysBefore) => new(t.Id, t.EventId, t.What, t.OwnerName,
        t.OwnerEmail, t.PartnerId, partnerName, t.DueOn, t.IsDone, t.DoneAt, t.DoneBy, IsOverdue(t, today), IsDueSoon(t, today, daysBefore), t.ReminderSentAt, t.Version);
}
