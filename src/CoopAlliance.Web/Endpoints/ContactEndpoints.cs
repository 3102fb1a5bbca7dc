using CoopAlliance.Application.People;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

public static class ContactEndpoints
{
    /// <summary>A co-op's contacts and worker roster: staff, or the co-op's own reps.</summary>
    public static void MapContacts(this RouteGroupBuilder api)
    {
        var contacts = api.MapGroup("/coops/{id:int}/contacts").WithTags("Contacts and roster");

        contacts.MapGet("/", (IMediator m, int id, CancellationToken ct) => m.Send(new ListPeople(id), ct))
            .Sends<ListPeople>().WithName("Contacts_List").WithSummary("The co-op's contacts and worker roster.");

        contacts.MapPost("/", async (IMediator m, int id, AddPerson body, CancellationToken ct) =>
        {
            var personId = await m.Send(body with { CoopId = id }, ct);
            var people = await m.Send(new ListPeople(id), ct);
            return Results.Created($"/api/v1/coops/{id}/contacts/{personId}", people.Single(p => p.Id == personId));
        }).Sends<AddPerson>().WithName("Contacts_Add").WithSummary("Add a contact or worker to the co-op.");

        contacts.MapGet("/{personId:int}", async (IMediator m, int id, int personId, CancellationToken ct) =>
            (await m.Send(new ListPeople(id), ct)).FirstOrDefault(p => p.Id == personId) is { } person
                ? Results.Ok(person)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Person {personId} was not found."))
            .Sends<ListPeople>().WithName("Contacts_Get").WithSummary("One contact of the co-op.");

        contacts.MapPut("/{personId:int}", async (IMediator m, int id, int personId, UpdatePerson body, CancellationToken ct) =>
        {
            await m.Send(body with { CoopId = id, PersonId = personId }, ct);
            return Results.Ok((await m.Send(new ListPeople(id), ct)).Single(p => p.Id == personId));
        }).Sends<UpdatePerson>().WithName("Contacts_Update").WithSummary("Edit a contact of the co-op.");

        contacts.MapDelete("/{personId:int}", async (IMediator m, int id, int personId, CancellationToken ct) =>
        {
            await m.Send(new RemovePerson(id, personId), ct);
            return Results.NoContent();
        }).Sends<RemovePerson>().WithName("Contacts_Remove").WithSummary("Remove a contact from the co-op.");
    }
}
