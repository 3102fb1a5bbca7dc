using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Events;
using CoopAlliance.Domain.Operations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Events.Partners;

public sealed record TaskRemindersResult(int Reminded);

/// <summary>
/// Daily: the owner of each open task due within Events:TaskReminderDaysBefore days (or already late) and not reminded yet
/// gets one email. Each reminder is recorded on its task (<see cref="PlanningTask.MarkReminded"/>) in the transaction that
/// queues the email, and the task's version guards it: a second run finds it reminded, and a second node racing this one
/// fails to commit and queues nothing. A new owner or date re-arms the reminder; done tasks and cancelled events are skipped.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record RunTaskReminders(DateOnly On) : ICommand<TaskRemindersResult>
{
    public const string JobName = "event-task-reminders";
}

public sealed class RunTaskRemindersHandler(IAppDbContext db, TimeProvider clock, IOptions<EventOptions> options, IOptions<AppOptions> app)
    : IRequestHandler<RunTaskReminders, TaskRemindersResult>
{
    public async Task<TaskRemindersResult> Handle(RunTaskReminders request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var run = await JobRuns.ClaimAsync(db, RunTaskReminders.JobName, request.On.ToString("yyyy-MM-dd"), now, cancellationToken);
        var days = options.Value.TaskReminderDaysBefore;
        var horizon = request.On.AddDays(days);
        var due = await (
            from t in db.PlanningTasks
            where t.DoneAt == null && t.ReminderSentAt == null && t.OwnerEmail != null && t.DueOn <= horizon
            join e in db.Events on t.EventId equals e.Id
            where e.Status != EventStatus.Cancelled
            join p in db.EventPartners on t.PartnerId equals p.Id into owners
            from p in owners.DefaultIfEmpty()
            select new { Task = t, e.Title, Token = p == null ? null : p.Token }).ToListAsync(cancellationToken);

        var baseUrl = app.Value.PublicBaseUrl.TrimEnd('/');
        var reminded = 0;
        foreach (var d in due.Where(d => d.Task.NeedsReminder(request.On, days)))
        {
            var t = d.Task;
            var when = t.DueOn < request.On ? $"was due on {t.DueOn:dddd, MMMM d}" : t.DueOn == request.On ? "is due today" : $"is due on {t.DueOn:dddd, MMMM d}";
            var link = d.Token is null ? $"{baseUrl}/Events/Partners?id={t.EventId}" : Partners.PageLink(baseUrl, d.Token);
            db.OutboxMessages.Add(new OutboxMessage(t.OwnerEmail!, $"Reminder: {t.What} ({d.Title})",
                $"Dear {t.OwnerName},\n\nA task you own for {d.Title} {when}:\n\n  {t.What}\n\n" +
                $"The planning list, where you can mark it done:\n{link}\n\nThank you,\nThe alliance staff", now));
            t.MarkReminded(now);
            reminded++;
        }

        run.Succeed(clock.GetUtcNow(), due.Count, reminded, $"{reminded} task owners reminded.");
        return new TaskRemindersResult(reminded);
    }
}
