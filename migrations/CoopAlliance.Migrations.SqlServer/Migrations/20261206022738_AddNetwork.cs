using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAlliance.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AddNetwork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AlliedOrganizations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Region = table.Column<int>(type: "int", nullable: false),
                    Offers = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Website = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Contacts = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlliedOrganizations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrganizationRelationships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AlliedOrganizationId = table.Column<int>(type: "int", nullable: false),
                    CooperativeId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationRelationships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganizationRelationships_AlliedOrganizations_AlliedOrganizationId",
                        column: x => x.AlliedOrganizationId,
                        principalTable: "AlliedOrganizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrganizationRelationships_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Ties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CooperativeId = table.Column<int>(type: "int", nullable: false),
                    Direction = table.Column<int>(type: "int", nullable: false),
                    CounterpartCoopId = table.Column<int>(type: "int", nullable: true),
                    CounterpartOrganizationId = table.Column<int>(type: "int", nullable: true),
                    What = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EstimatedAnnualAmount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    RecordedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ties", x => x.Id);
                    table.CheckConstraint("CK_Ties_OneCounterpart", "(CounterpartCoopId IS NULL AND CounterpartOrganizationId IS NOT NULL) OR (CounterpartCoopId IS NOT NULL AND CounterpartOrganizationId IS NULL)");
                    table.ForeignKey(
                        name: "FK_Ties_AlliedOrganizations_CounterpartOrganizationId",
                        column: x => x.CounterpartOrganizationId,
                        principalTable: "AlliedOrganizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Ties_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Ties_Cooperatives_CounterpartCoopId",
                        column: x => x.CounterpartCoopId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlliedOrganizations_Kind_Region",
                table: "AlliedOrganizations",
                columns: new[] { "Kind", "Region" });

            migrationBuilder.CreateIndex(
                name: "IX_AlliedOrganizations_Name",
                table: "AlliedOrganizations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationRelationships_AlliedOrganizationId_CooperativeId_Kind",
                table: "OrganizationRelationships",
                columns: new[] { "AlliedOrganizationId", "CooperativeId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationRelationships_CooperativeId",
                table: "OrganizationRelationships",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_Ties_CooperativeId",
                table: "Ties",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_Ties_CounterpartCoopId",
                table: "Ties",
                column: "CounterpartCoopId");

            migrationBuilder.CreateIndex(
                name: "IX_Ties_CounterpartOrganizationId",
                table: "Ties",
                column: "CounterpartOrganizationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrganizationRelationships");

            migrationBuilder.DropTable(
                name: "Ties");

            migrationBuilder.DropTable(
                name: "AlliedOrganizations");
        }
    }
}
