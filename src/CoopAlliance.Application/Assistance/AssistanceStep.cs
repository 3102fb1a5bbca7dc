using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Cooperatives;
using MediatR;

namespace CoopAlliance.Application.Assistance;

/// <summary>A step in a request's lifecycle; the rule for each lives on <see cref="AssistanceRequest"/>.</summary>
public interface IAssistanceStep : ICommand
{
    int Id { get; }
    void ApplyTo(AssistanceRequest request, Actor by, DateTimeOffset at, bool byStaff);
}

/// <summary>
/// Every step is handled the same way: load the request the caller may see (else 404), let the domain apply or
/// refuse the step (recording who, when and why in the timeline), then tell whoever needs to know.
/// </summary>
public abstract class AssistanceStepHandler<T>(IAppDbContext db, ICurrentUser user, AssistanceAccess access, TimeProvider clock)
    : IRequestHandler<T, Unit>
    where T : IAssistanceStep
{
    public async Task<Unit> Handle(T request, CancellationToken cancellationToken)
    {
        var ta = await access.GetAsync(db.AssistanceRequests, request.Id, cancellationToken);
        request.ApplyTo(ta, user.AsActor(), clock.GetUtcNow(), access.IsStaff);
        await AfterAsync(request, ta, cancellationToken);
        return Unit.Value;
    }

    protected virtual Task AfterAsync(T request, AssistanceRequest ta, CancellationToken ct) => Task.CompletedTask;
}
