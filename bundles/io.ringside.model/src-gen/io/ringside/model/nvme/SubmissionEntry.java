/**
 */
package io.ringside.model.nvme;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Submission Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One submission queue slot.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.nvme.SubmissionEntry#getSlot <em>Slot</em>}</li>
 *   <li>{@link io.ringside.model.nvme.SubmissionEntry#getCid <em>Cid</em>}</li>
 *   <li>{@link io.ringside.model.nvme.SubmissionEntry#getOpcode <em>Opcode</em>}</li>
 *   <li>{@link io.ringside.model.nvme.SubmissionEntry#getState <em>State</em>}</li>
 *   <li>{@link io.ringside.model.nvme.SubmissionEntry#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.nvme.NvmePackage#getSubmissionEntry()
 * @model
 * @generated
 */
public interface SubmissionEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slot</em>' attribute.
	 * @see #setSlot(int)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionEntry_Slot()
	 * @model
	 * @generated
	 */
	int getSlot();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionEntry#getSlot <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot</em>' attribute.
	 * @see #getSlot()
	 * @generated
	 */
	void setSlot(int value);

	/**
	 * Returns the value of the '<em><b>Cid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cid</em>' attribute.
	 * @see #setCid(int)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionEntry_Cid()
	 * @model
	 * @generated
	 */
	int getCid();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionEntry#getCid <em>Cid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cid</em>' attribute.
	 * @see #getCid()
	 * @generated
	 */
	void setCid(int value);

	/**
	 * Returns the value of the '<em><b>Opcode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opcode</em>' attribute.
	 * @see #setOpcode(int)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionEntry_Opcode()
	 * @model
	 * @generated
	 */
	int getOpcode();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionEntry#getOpcode <em>Opcode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opcode</em>' attribute.
	 * @see #getOpcode()
	 * @generated
	 */
	void setOpcode(int value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link io.ringside.model.nvme.SlotState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see io.ringside.model.nvme.SlotState
	 * @see #setState(SlotState)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionEntry_State()
	 * @model
	 * @generated
	 */
	SlotState getState();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionEntry#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see io.ringside.model.nvme.SlotState
	 * @see #getState()
	 * @generated
	 */
	void setState(SlotState value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionEntry_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionEntry#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

} // SubmissionEntry
