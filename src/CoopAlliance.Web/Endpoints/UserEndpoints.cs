using CoopAlliance.Application.Users;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

public static class UserEndpoints
{
    public static void MapUsers(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users");
        users.MapGet("/", (IMediator m, string? q, CancellationToken ct) => m.Send(new ListUsers(q), ct))
            .Sends<ListUsers>().WithName("Users_List").WithSummary("Logins with their roles; q finds a name or email (staff).");
        users.MapPost("/invitations", async (IMediator m, InviteUser body, CancellationToken ct) =>
        {
            var id = await m.Send(body, ct);
            return Results.Created($"/api/v1/users/{id}", new { id });
        }).Sends<InviteUser>().WithName("Users_Invite").WithSummary("Invite a rep or mentor (an admin may invite staff); they get an email to choose a password.");
        users.MapPost("/{id:int}/disable", async (IMediator m, int id, CancellationToken ct) =>
        {
            await m.Send(new SetUserDisabled(id, true), ct);
            return Results.NoContent();
        }).Sends<SetUserDisabled>().WithName("Users_Disable").WithSummary("Disable a login: it can no longer sign in, and its tokens stop working (staff).");
        users.MapPost("/{id:int}/enable", async (IMediator m, int id, CancellationToken ct) =>
        {
            await m.Send(new SetUserDisabled(id, false), ct);
            return Results.NoContent();
        }).Sends<SetUserDisabled>().WithName("Users_Enable").WithSummary("Enable a disabled login again (staff).");
    }
}
