using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Web.Infrastructure;

namespace CoopAlliance.Web.Endpoints;

public sealed record LoginRequest(string Email, string Password);

public sealed record LoginResponse(string AccessToken, int ExpiresIn, string TokenType = "Bearer");

public static class AuthEndpoints
{
    public static void MapAuth(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/login", async (LoginRequest body, IAuthService auth, TokenService tokens) =>
            {
                if (string.IsNullOrWhiteSpace(body.Email) || string.IsNullOrWhiteSpace(body.Password))
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["email"] = string.IsNullOrWhiteSpace(body.Email) ? ["Enter your email address."] : [],
                        ["password"] = string.IsNullOrWhiteSpace(body.Password) ? ["Enter your password."] : [],
                    }.Where(kv => kv.Value.Length > 0).ToDictionary());
                }

                var (outcome, principal) = await auth.CheckPasswordAsync(body.Email, body.Password);
                if (outcome != SignInOutcome.Succeeded)
                {
                    return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
                        detail: outcome == SignInOutcome.LockedOut
                            ? "Too many failed attempts: this login is locked for 15 minutes."
                            : "The email or password is not right, or the login is disabled.");
                }

                var (token, expiresIn) = tokens.Issue(principal!);
                return Results.Ok(new LoginResponse(token, expiresIn));
            })
            .OpenToAnyone().WithName("Auth_Login")
            .Produces<LoginResponse>().ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithTags("Auth")
            .WithSummary("Exchange email and password for a bearer token (5 failed attempts lock the login).");
    }
}
