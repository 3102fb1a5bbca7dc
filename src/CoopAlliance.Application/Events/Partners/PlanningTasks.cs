using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Events;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ValidationException = CoopAlliance.Application.Common.Exceptions.ValidationException;

namespace CoopAlliance.Application.Events.Partners;

/// <summary>What a planning task says, shared by adding and changing one.</summary>
public interface ITaskInput
{
    string What { get; }
    string? OwnerName { get; }
    string? OwnerEmail { get; }
    int? PartnerId { get; }
    DateOnly DueOn { get; }
}

public sealed class TaskInputValidator : AbstractValidator<ITaskInput>
{
    public TaskInputValidator()
    {
        RuleFor(x => x.What).NotEmpty().WithMessage("Say what needs doing.").MaximumLength(500);
        RuleFor(x => x.OwnerName).NotEmpty().When(x => x.PartnerId is null)
            .WithMessage("Say who owns the task, or pick the partner organisation that does.").MaximumLength(200);
        RuleFor(x => x.OwnerEmail).EmailAddress().WithMessage("Enter an email address like name@example.org.").MaximumLength(256)
            .When(x => !string.IsNullOrWhiteSpace(x.OwnerEmail));
        RuleFor(x => x.DueOn).NotEqual(default(DateOnly)).WithMessage("Give the date it is due.");
    }
}

/// <summary>Staff add a task to the event's planning list. A task owned by a partner defaults its owner to the partner's contact.</summary>
[Authorize(Roles.Staff)]
public sealed record AddTask(int EventId, string What, string? OwnerName, string? OwnerEmail, int? PartnerId, DateOnly DueOn) : ICommand<int>, ITaskInput;

public sealed class AddTaskValidator : AbstractValidator<AddTask>
{
    public AddTaskValidator() => Include(new TaskInputValidator());
}

public sealed class AddTaskHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<AddTask, int>
{
    public async Task<int> Handle(AddTask request, CancellationToken cancellationToken)
    {
        var ev = await Partners.EventAsync(db, request.EventId, cancellationToken);
        var (name, email) = await PlanningTaskOwners.ResolveAsync(db, ev.Id, request, cancellationToken);
        var task = new PlanningTask(ev.Id, request.What, name, email, request.PartnerId, request.DueOn, user.AsActor(), clock.GetUtcNow());
        db.PlanningTasks.Add(task);
        await db.SaveChangesAsync(cancellationToken);
        return task.Id;
    }
}

/// <summary>
/// Staff change a task (send the version you read: 409 if someone changed it since). A new owner or a new date re-arms
/// the reminder.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record UpdateTask(int EventId, int TaskId, int Version, string What, string? OwnerName, string? OwnerEmail, int? PartnerId, DateOnly DueOn)
    : ICommand, ITaskInput;

public sealed class UpdateTaskValidator : AbstractValidator<UpdateTask>
{
    public UpdateTaskValidator() => Include(new TaskInputValidator());
}

public sealed class UpdateTaskHandler(IAppDbContext db) : IRequestHandler<UpdateTask, Unit>
{
    public async Task<Unit> Handle(UpdateTask request, CancellationToken cancellationToken)
    {
        var task = await PlanningTaskOwners.TaskAsync(db, request.EventId, request.TaskId, cancellationToken);
        db.ExpectVersion(task, request.Version);
        var (name, email) = await PlanningTaskOwners.ResolveAsync(db, request.EventId, request, cancellationToken);
        task.Change(request.What, name, email, request.PartnerId, request.DueOn);
        return Unit.Value;
    }
}

/// <summary>Staff mark a task done (already done: nothing changes).</summary>
[Authorize(Roles.Staff)]
public sealed record MarkTaskDone(int EventId, int TaskId) : ICommand;

public sealed class MarkTaskDoneHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<MarkTaskDone, Unit>
{
    public async Task<Unit> Handle(MarkTaskDone request, CancellationToken cancellationToken)
    {
        var task = await PlanningTaskOwners.TaskAsync(db, request.EventId, request.TaskId, cancellationToken);
        task.MarkDone(user.Name, clock.GetUtcNow());
        return Unit.Value;
    }
}

/// <summary>Staff reopen a task marked done by mistake.</summary>
[Authorize(Roles.Staff)]
public sealed record ReopenTask(int EventId, int TaskId) : ICommand;

public sealed class ReopenTaskHandler(IAppDbContext db) : IRequestHandler<ReopenTask, Unit>
{
    public async Task<Unit> Handle(ReopenTask request, CancellationToken cancellationToken)
    {
        var task = await PlanningTaskOwners.TaskAsync(db, request.EventId, request.TaskId, cancellationToken);
        task.Reopen();
        return Unit.Value;
    }
}

/// <summary>
/// A partner's contact, from their link, marks a task their organisation owns done (or reopens it). Any other task —
/// another partner's, the alliance's, another event's — is not found; so is a partner that has not joined.
/// </summary>
[PublicRequest]
public sealed record MarkPartnerTask(string Token, int TaskId, bool Done) : ICommand;

public sealed class MarkPartnerTaskValidator : AbstractValidator<MarkPartnerTask>
{
    public MarkPartnerTaskValidator() => RuleFor(x => x.Token).NotEmpty().MaximumLength(64);
}

public sealed class MarkPartnerTaskHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<MarkPartnerTask, Unit>
{
    public async Task<Unit> Handle(MarkPartnerTask request, CancellationToken cancellationToken)
    {
        var partner = await Partners.ByTokenAsync(db, request.Token, cancellationToken);
        var task = partner.HasJoined
            ? await db.PlanningTasks.FirstOrDefaultAsync(t => t.Id == request.TaskId && t.EventId == partner.EventId && t.PartnerId == partner.Id, cancellationToken)
            : null;
        if (task is null)
        {
            throw new NotFoundException("Task", request.TaskId);
        }

        if (request.Done)
        {
            task.MarkDone($"{partner.ContactName} ({partner.OrganisationName})", clock.GetUtcNow());
        }
        else
        {
            task.Reopen();
        }

        return Unit.Value;
    }
}

internal static class PlanningTaskOwners
{
    public static async Task<PlanningTask> TaskAsync(IAppDbContext db, int eventId, int taskId, CancellationToken ct) =>
        await db.PlanningTasks.FirstOrDefaultAsync(t => t.Id == taskId && t.EventId == eventId, ct) ?? throw new NotFoundException("Task", taskId);

    /// <summary>The owner's name and email: as given, or the owning partner's contact where left blank. The partner must plan this event.</summary>
    public static async Task<(string Name, string? Email)> ResolveAsync(IAppDbContext db, int eventId, ITaskInput input, CancellationToken ct)
    {
        if (input.PartnerId is not { } partnerId)
        {
            return (input.OwnerName ?? "", input.OwnerEmail);
        }

        var partner = await db.EventPartners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnerId && p.EventId == eventId, ct)
                      ?? throw new ValidationException(nameof(ITaskInput.PartnerId), "Pick one of this event's partners.");
        return string.IsNullOrWhiteSpace(input.OwnerName)
            ? (partner.ContactName, string.IsNullOrWhiteSpace(input.OwnerEmail) ? partner.ContactEmail : input.OwnerEmail)
            : (input.OwnerName, input.OwnerEmail);
    }
}
