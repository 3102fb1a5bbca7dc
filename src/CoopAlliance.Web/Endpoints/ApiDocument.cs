using System.Text.Json.Nodes;
using CoopAlliance.Application.Common.Interfaces;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace CoopAlliance.Web.Endpoints;

/// <summary>
/// The OpenAPI description at /openapi/v1.json, shaped for the programs that rely on it: the bearer scheme, and on
/// every operation who may call it (read from the same <see cref="EndpointAccess"/> the HTTP layer enforces, so the
/// document cannot drift from the code), the problem responses it can give, a stable operationId (the endpoint's
/// name), tag descriptions, a licence and a server URL without a trailing slash.
/// </summary>
public static class ApiDocument
{
    public const string BearerScheme = "Bearer";
    private const string Problem = "ProblemDetails";
    private const string ValidationProblem = "HttpValidationProblemDetails";
    private const string ProblemJson = "application/problem+json";

    /// <summary>What each tag of the API groups, in the product's words.</summary>
    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>
    {
        ["Auth"] = "Exchange an email and password for a bearer token to send as `Authorization: Bearer <token>`.",
        ["Co-ops"] = "The registry of member and applicant co-ops: profiles, search and export, and who changed what.",
        ["Membership"] = "Applying for membership (no sign-in needed) and the staff's membership transitions.",
        ["Contacts and roster"] = "A co-op's contacts and worker roster, kept by staff and the co-op's own reps.",
        ["Users"] = "Logins: invitations, roles, disabling and enabling (staff).",
        ["Operations"] = "The staff dashboard and the nightly data review of incomplete records.",
        ["Technical assistance"] = "Requests for help, their lifecycle, comments, files and hours, providers, the hours bank and monthly reports.",
        ["Mentoring"] = "Mentors, developing co-ops (the pipeline), checklists, matches, sessions, suggestions and monthly reports.",
        ["Dues"] = "Dues policies, invoice runs, invoices, payments, credits, hardships, self-reports and each co-op's ledger.",
        ["Dues documents"] = "Dues statements as PDFs, the aging of what is owed and the treasurer's monthly summaries.",
        ["Benefits"] = "Group benefits: carriers, plans and plan years, co-ops' participation, workers' elections and life events, premium runs and carrier enrollment files.",
        ["Listings"] = "Co-ops' directory listings (what they sell or do), their photos and workflow (submit, publish, send back, withdraw, renew), and the category taxonomy.",
        ["Public directory"] = "Anonymous and open to any site (CORS): the search of published listings of co-ops in good standing, with facet counts.",
        ["Stories"] = "Member stories: the public submission (consent, rate limit, honeypot) and staff moderation.",
        ["Campaigns"] = "Joint marketing campaigns with shared costs: joining before the deadline, each share billed once on the co-op's account, and the print guide.",
        ["Events"] = "Events and gatherings: staff plan them (themes, rooms, time slots, ticket types), publish or cancel them, run the call for sessions " +
                     "(anyone proposes for a public event; staff decide and schedule without clashes), the public list and programme (no sign-in), " +
                     "planning partners and their shared task list, registration with its waitlist, check-in, and the deliberative planning: proposals, dot votes, commitments and their follow-ups.",
        ["Network"] = "Allied organisations and their relationships to member co-ops, the ties co-ops record (who buys from and sells to whom inside the network), the network's figures and its picture (SVG).",
        ["Financing"] = "The revolving solidarity loan fund: contributions, applications through review and committee (conflicts of interest excluded), disbursement, schedules, payments, restructures, write-offs, statements and the fund report.",
        ["Conversions"] = "Businesses whose owners retire or close, on their way to worker ownership: the stages, workers, notes, and the hand-off to the mentoring pipeline.",
        ["Governance"] = "The alliance's own democracy: delegates, meetings with record-date eligibility and live quorum, motions and elections (open or secret ballots, one per co-op), results and the board.",
        ["Reports"] = "Figures counted from the records: the impact report for a year or any dates (JSON, PDF with charts, the CSV behind each chart) and the monthly board report (PDF, archived).",
        ["Imports"] = "Moving an alliance in from spreadsheets: a dry run of co-op and roster CSV files, then a resumable import in batches (staff).",
    };

    /// <summary>Endpoints whose abuse limits answer 429 even where the limiter is applied outside endpoint metadata.</summary>
    private static readonly HashSet<string> RateLimitedOperations = ["Auth_Login", "Membership_Apply"];

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer(DescribeDocument);
        options.AddOperationTransformer(DescribeOperation);
    }

    private static Task DescribeDocument(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        var config = context.ApplicationServices.GetRequiredService<IConfiguration>();
        document.Info.Title = "CoopAlliance API";
        document.Info.Description = "The alliance's member registry, membership, technical assistance, mentoring and dues. " +
                                    "Sign in with `POST /api/v1/auth/login` and send the token as `Authorization: Bearer <token>`. " +
                                    "Errors are `application/problem+json` (RFC 9457); a 400 lists field errors under `errors`.";
        document.Info.License = new OpenApiLicense
        {
            Name = config["Api:License:Name"] ?? "Proprietary: the alliance's own software, not licensed for redistribution",
            Identifier = config["Api:License:Identifier"] ?? "LicenseRef-CoopAlliance-Proprietary",
        };

        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "The access token from POST /api/v1/auth/login (valid for the expiresIn seconds it states).",
        };

        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[Problem] = ProblemSchema(withErrors: false);
        document.Components.Schemas[ValidationProblem] = ProblemSchema(withErrors: true);

        var used = document.Paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).OfType<string>().ToHashSet();
        document.Tags = used.Order(StringComparer.Ordinal)
            .Select(name => new OpenApiTag { Name = name, Description = Tags.TryGetValue(name, out var d) ? d : null })
            .ToHashSet();
        return Task.CompletedTask;
    }

    private static Task DescribeOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var access = metadata.OfType<EndpointAccess>().ToList();
        var anonymous = access.Count > 0 && access.All(a => a.Access.IsPublic);

        // Who may call it: explicitly nobody-needs-a-token, or the bearer scheme with the roles it takes.
        if (anonymous)
        {
            operation.Security = [];
        }
        else
        {
            var roles = access.SelectMany(a => a.Access.AllRoles).Distinct().ToList();
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = roles },
            ];
            var who = access.Count == 0 ? "any signed-in user" : string.Join("; ", access.Select(a => a.Access.ToString()).Distinct());
            operation.Description = $"{operation.Description}{(string.IsNullOrEmpty(operation.Description) ? "" : "\n\n")}Who may call: {who}.";
        }

        var parameters = description.ParameterDescriptions;
        var routeParameters = parameters.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Path);
        var bodyType = parameters.FirstOrDefault(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Body)?.Type;
        var commands = access.Select(a => a.RequestType).OfType<Type>()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>))).ToList();

        operation.Responses ??= new OpenApiResponses();
        if (parameters.Count > 0 || bodyType is not null || description.HttpMethod is "POST" or "PUT")
        {
            Add(operation, context, "400", "The request is not valid: `errors` names each field and what is wrong with it.", ValidationProblem);
        }

        if (!anonymous)
        {
            Add(operation, context, "401", "No valid bearer token: sign in first.", Problem);
            Add(operation, context, "403", "Signed in, but this caller may not do this.", Problem);
        }

        if (routeParameters)
        {
            Add(operation, context, "404", "Not found, or not the caller's to see (another co-op's record is simply not there).", Problem);
        }

        if (bodyType?.GetProperty("Version") is not null || commands.Any(t => t.GetProperty("Version") is not null))
        {
            Add(operation, context, "409", "Someone saved a change since the version sent: read the record again.", Problem);
        }

        if (commands.Count > 0 || operation.Summary?.Contains("422", StringComparison.Ordinal) == true)
        {
            Add(operation, context, "422", "A rule refused the change (for instance, the current status does not allow this step).", Problem);
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any() || RateLimitedOperations.Contains(operation.OperationId ?? ""))
        {
            Add(operation, context, "429", "Too many attempts from this address or for this account: wait for the Retry-After seconds.", Problem);
        }

        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, OpenApiOperationTransformerContext context, string status, string text, string schema)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        operation.Responses[status] = new OpenApiResponse
        {
            Description = text,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemJson] = new() { Schema = new OpenApiSchemaReference(schema, context.Document) },
            },
        };
    }

    /// <summary>RFC 9457 problem details, as ASP.NET Core writes them (ProblemDetails / HttpValidationProblemDetails).</summary>
    private static OpenApiSchema ProblemSchema(bool withErrors)
    {
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "A URI that identifies the problem type." },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "A short summary of the problem." },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32", Description = "The HTTP status code." },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "What happened, in words for a person." },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "The request that had the problem." },
        };
        if (withErrors)
        {
            properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "For each field (as the JSON names it), what is wrong with it.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        }

        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = withErrors ? "A problem with field errors (400)." : "A problem (RFC 9457).",
            Properties = properties,
            Examples =
            [
                withErrors
                ? new JsonObject
                {
                    ["title"] = "Some fields need attention.", ["status"] = 400,
                    ["errors"] = new JsonObject { ["legalName"] = new JsonArray("Enter the co-op's legal name.") },
                }
                : new JsonObject { ["title"] = "Not found", ["status"] = 404, ["detail"] = "Co-op 42 was not found." },
            ],
        };
    }
}
