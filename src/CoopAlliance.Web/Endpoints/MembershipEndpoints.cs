using CoopAlliance.Application.Membership;
using CoopAlliance.Web.Infrastructure;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

public sealed record NoteBody(string? Note);
public sealed record ApproveBody(DateOnly BoardVoteOn, string? Note);
public sealed record ReasonBody(string Reason);
public sealed record WithdrawBody(string Reason, DateOnly EffectiveOn);

public static class MembershipEndpoints
{
    public static void MapMembership(this RouteGroupBuilder api)
    {
        api.MapPost("/membership-applications", async (IMediator m, SubmitApplication body, CancellationToken ct) =>
            {
                var id = await m.Send(body, ct);
                return Results.Created($"/api/v1/coops/{id}", new { id, status = "Applicant" });
            })
            .Sends<SubmitApplication>().WithName("Membership_Apply").RequireRateLimiting(AbuseLimits.PublicForm).WithTags("Membership")
            .WithSummary("Apply for membership (no sign-in needed; limited per client address, 429 with Retry-After).");

        var membership = api.MapGroup("/coops/{id:int}/membership").WithTags("Membership");
        Transition<NoteBody, StartReview>(membership, "start-review", "StartReview", (id, b) => new StartReview(id, b.Note));
        Transition<ApproveBody, ApproveApplication>(membership, "approve", "Approve", (id, b) => new ApproveApplication(id, b.BoardVoteOn, b.Note));
        Transition<ReasonBody, DeclineApplication>(membership, "decline", "Decline", (id, b) => new DeclineApplication(id, b.Reason));
        Transition<ReasonBody, LapseMembership>(membership, "lapse", "Lapse", (id, b) => new LapseMembership(id, b.Reason));
        Transition<ReasonBody, ReinstateMembership>(membership, "reinstate", "Reinstate", (id, b) => new ReinstateMembership(id, b.Reason));
        Transition<ReasonBody, SuspendMembership>(membership, "suspend", "Suspend", (id, b) => new SuspendMembership(id, b.Reason));
        Transition<WithdrawBody, WithdrawMembership>(membership, "withdraw", "Withdraw", (id, b) => new WithdrawMembership(id, b.Reason, b.EffectiveOn));
        Transition<NoteBody, Reapply>(membership, "reapply", "Reapply", (id, b) => new Reapply(id, b.Note));
    }

    /// <summary>One POST per transition; the answer is the co-op as it now stands.</summary>
    private static void Transition<TBody, TCommand>(RouteGroupBuilder group, string name, string operation, Func<int, TBody, TCommand> command)
        where TCommand : IMembershipTransition =>
        group.MapPost($"/{name}", async (IMediator m, int id, TBody body, CancellationToken ct) =>
            {
                await m.Send(command(id, body), ct);
                return Results.Ok(await m.Send(new Application.Cooperatives.GetCoop(id), ct));
            })
            .Sends<TCommand>().WithName($"Membership_{operation}")
            .WithSummary($"Membership transition: {name} (staff; 422 when the current status does not allow it).");
}
