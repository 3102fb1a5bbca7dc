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
            .AllowAnonymous().RequireRateLimiting(AbuseLimits.PublicForm).WithTags("Membership")
            .WithSummary("Apply for membership (no sign-in needed; limited per client address, 429 with Retry-After).");

        var membership = api.MapGroup("/coops/{id:int}/membership").WithTags("Membership");
        Transition<NoteBody>(membership, "start-review", (id, b) => new StartReview(id, b.Note));
        Transition<ApproveBody>(membership, "approve", (id, b) => new ApproveApplication(id, b.BoardVoteOn, b.Note));
        Transition<ReasonBody>(membership, "decline", (id, b) => new DeclineApplication(id, b.Reason));
        Transition<ReasonBody>(membership, "lapse", (id, b) => new LapseMembership(id, b.Reason));
        Transition<ReasonBody>(membership, "reinstate", (id, b) => new ReinstateMembership(id, b.Reason));
        Transition<ReasonBody>(membership, "suspend", (id, b) => new SuspendMembership(id, b.Reason));
        Transition<WithdrawBody>(membership, "withdraw", (id, b) => new WithdrawMembership(id, b.Reason, b.EffectiveOn));
        Transition<NoteBody>(membership, "reapply", (id, b) => new Reapply(id, b.Note));
    }

    /// <summary>One POST per transition; the answer is the co-op as it now stands.</summary>
    private static void Transition<TBody>(RouteGroupBuilder group, string name, Func<int, TBody, IMembershipTransition> command) =>
        group.MapPost($"/{name}", async (IMediator m, int id, TBody body, CancellationToken ct) =>
            {
                await m.Send(command(id, body), ct);
                return Results.Ok(await m.Send(new Application.Cooperatives.GetCoop(id), ct));
            })
            .WithName($"Membership-{name}")
            .WithSummary($"Membership transition: {name} (staff; 422 when the current status does not allow it).");
}
