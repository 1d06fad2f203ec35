/**
 */
package io.ringside.model.nvme;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Completion Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One completion queue slot.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.nvme.CompletionEntry#getSlot <em>Slot</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionEntry#getCid <em>Cid</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionEntry#getSqid <em>Sqid</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionEntry#getPhase <em>Phase</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionEntry#isConsumed <em>Consumed</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionEntry#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.nvme.NvmePackage#getCompletionEntry()
 * @model
 * @generated
 */
public interface CompletionEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slot</em>' attribute.
	 * @see #setSlot(int)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionEntry_Slot()
	 * @model
	 * @generated
	 */
	int getSlot();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionEntry#getSlot <em>Slot</em>}' attribute.
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
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionEntry_Cid()
	 * @model
	 * @generated
	 */
	int getCid();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionEntry#getCid <em>Cid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cid</em>' attribute.
	 * @see #getCid()
	 * @generated
	 */
	void setCid(int value);

	/**
	 * Returns the value of the '<em><b>Sqid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sqid</em>' attribute.
	 * @see #setSqid(int)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionEntry_Sqid()
	 * @model
	 * @generated
	 */
	int getSqid();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionEntry#getSqid <em>Sqid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sqid</em>' attribute.
	 * @see #getSqid()
	 * @generated
	 */
	void setSqid(int value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see #setPhase(int)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionEntry_Phase()
	 * @model
	 * @generated
	 */
	int getPhase();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionEntry#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(int value);

	/**
	 * Returns the value of the '<em><b>Consumed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consumed</em>' attribute.
	 * @see #setConsumed(boolean)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionEntry_Consumed()
	 * @model
	 * @generated
	 */
	boolean isConsumed();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionEntry#isConsumed <em>Consumed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consumed</em>' attribute.
	 * @see #isConsumed()
	 * @generated
	 */
	void setConsumed(boolean value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionEntry_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionEntry#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

} // CompletionEntry
